public import CorpusModel

/// Finds the cheapest monotone sequence of beads through two sentence lists.
///
/// Glossary (after hunalign's alignment.h):
/// - *bead*: source sentences i..<i' linked to target sentences j..<j' (either side may be empty);
/// - *shape*: a bead's size, 1-1 substitution, 1-0 deletion, 0-1 insertion, 2-1 contraction,
///   1-2 expansion, 2-2 melding (Okapi's names);
/// - *cost*: −log probability; a bead costs its shape's penalty plus its `CostFunction` cost;
/// - *lattice*: cell (i, j) holds the cheapest cost of aligning the first i source and j target
///   sentences; a bead is a move from (i − shape.source, j − shape.target) to (i, j);
/// - *band*: the cells searched (`Band`), a strip around the diagonal or around a first path;
/// - *traceback*: the walk back from (n, m) along the recorded best moves.
///
/// Memory: one byte per band cell for the moves, plus costs for the last few rows.
public struct SentenceAligner: Sendable {
    public var shapes: [BeadShape]
    /// Half-width of the diagonal band used by `align(sourceCount:targetCount:cost:)`.
    public var bandRadius: Int

    public init(shapes: [BeadShape] = BeadShape.galeChurch, bandRadius: Int = 40) {
        self.shapes = shapes
        self.bandRadius = bandRadius
    }

    /// Aligns `n` source with `m` target sentences under `cost`, in a band around the diagonal.
    public func align(sourceCount n: Int, targetCount m: Int, cost: some CostFunction) -> [Bead] {
        let band = Band.diagonal(sourceCount: n, targetCount: m, radius: bandRadius + abs(n - m) / 2)
        return align(band: band, cost: cost)
    }

    /// Aligns within `band`; beads carry exp(−cost) as score.
    public func align(band: Band, cost: some CostFunction) -> [Bead] {
        if band.sourceCount == 0 || band.targetCount == 0 {
            return (0..<band.sourceCount).map { Bead(source: [$0], target: [], score: 0) }
                + (0..<band.targetCount).map { Bead(source: [], target: [$0], score: 0) }
        }
        let moves = fillLattice(band: band, cost: cost)
        return traceback(band: band, moves: moves).map { shape, i, j in
            let source = (i - shape.source)..<i, target = (j - shape.target)..<j
            return Bead(source: source, target: target, score: (-cost.cost(source: source, target: target)).exponential)
        }
    }

    /// The dynamic programme: for each band cell, the index of the shape of the cheapest last bead.
    func fillLattice(band: Band, cost: some CostFunction) -> [Int8] {
        let rowsKept = (shapes.map(\.source).max() ?? 1) + 1
        let width = band.widest
        // Row i's costs at costs[(i % rowsKept) * width + j - lower[i]]: flat, so that the inner
        // loop does no nested-array access.
        var costs = [Double](repeating: .infinity, count: rowsKept * width)
        var moves = [Int8](repeating: -1, count: band.cellCount)
        let sourceSizes = shapes.map(\.source), targetSizes = shapes.map(\.target), penalties = shapes.map(\.penalty)
        let lower = band.lower, upper = band.upper
        // Where row i − k starts in `costs`, for each shape (no division in the inner loop).
        var shapeRows = [Int](repeating: 0, count: shapes.count)
        for i in 0...band.sourceCount {
            let row = (i % rowsKept) * width
            for s in shapeRows.indices { shapeRows[s] = ((i - sourceSizes[s] + rowsKept) % rowsKept) * width }
            for k in row..<(row + width) { costs[k] = .infinity }
            let rowStart = band.offsets[i], rowLower = lower[i]
            for j in lower[i]...upper[i] {
                if i == 0 && j == 0 {
                    costs[row] = 0
                    continue
                }
                var best = Double.infinity
                var bestShape: Int8 = -1
                for s in 0..<sourceSizes.count {
                    let pi = i - sourceSizes[s], pj = j - targetSizes[s]
                    guard pi >= 0, pj >= lower[pi], pj <= upper[pi] else { continue }
                    let previous = costs[shapeRows[s] + pj - lower[pi]]
                    if previous == .infinity { continue }
                    let total = previous + penalties[s] + cost.cost(source: pi..<i, target: pj..<j)
                    if total < best {
                        best = total
                        bestShape = Int8(s)
                    }
                }
                costs[row + j - rowLower] = best
                moves[rowStart + j - rowLower] = bestShape
            }
        }
        return moves
    }

    /// Walks back from (n, m) along the recorded shapes; returns (shape, end i, end j) in order.
    func traceback(band: Band, moves: [Int8]) -> [(BeadShape, Int, Int)] {
        var steps: [(BeadShape, Int, Int)] = []
        var i = band.sourceCount, j = band.targetCount
        while i > 0 || j > 0 {
            let move = band.contains(i, j) ? moves[band.cell(i, j)] : -1
            // Band rows overlap, so 1-0 and 0-1 connect every cell to the origin; should a custom
            // shape set leave a cell unreachable, fall back to one-sided beads, never trap.
            let shape = move >= 0 ? shapes[Int(move)] : (i > 0 ? BeadShape.deletion : BeadShape.insertion)
            steps.append((shape, i, j))
            i -= shape.source
            j -= shape.target
        }
        return steps.reversed()
    }
}

extension Double {
    var exponential: Double {
        #if canImport(Glibc)
        Glibc.exp(self)
        #else
        Darwin.exp(self)
        #endif
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SentenceAligner {
    /// The plain Gale–Church aligner: sentence lengths only, in a band around the diagonal.
    /// Kept as the baseline the benchmark measures against.
    public func align(source: [some StringProtocol], target: [some StringProtocol]) -> [Bead] {
        let cost = LengthCost(sourceLengths: source.map { $0.count }, targetLengths: target.map { $0.count })
        return align(sourceCount: source.count, targetCount: target.count, cost: cost)
    }
}
