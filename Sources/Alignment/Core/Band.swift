/// The searched part of the lattice: for each source position i, a contiguous range of target
/// positions `lower[i]...upper[i]`. Rows are stored one after another, so memory is the number
/// of cells: linear in the document length for a band of bounded width.
public struct Band: Sendable {
    public let sourceCount: Int
    public let targetCount: Int
    let lower: [Int]
    let upper: [Int]
    /// Where row i starts in flat per-cell storage.
    let offsets: [Int]

    /// A band from per-row bounds, widened where needed so that consecutive rows overlap
    /// (every cell stays reachable by 1-0 and 0-1 moves) and the corners are inside.
    init(sourceCount n: Int, targetCount m: Int, lower: [Int], upper: [Int]) {
        precondition(lower.count == n + 1 && upper.count == n + 1)
        var lo = lower.map { min(max($0, 0), m) }, hi = upper.map { min(max($0, 0), m) }
        lo[0] = 0
        hi[n] = m
        for i in 0...n where hi[i] < lo[i] { hi[i] = lo[i] }
        // Monotone bounds: lower never decreases, upper never decreases, rows overlap.
        for i in stride(from: n - 1, through: 0, by: -1) { lo[i] = min(lo[i], lo[i + 1]) }
        for i in 1...max(n, 1) where i <= n { hi[i] = max(hi[i], hi[i - 1]) }
        for i in 1...max(n, 1) where i <= n && lo[i] > hi[i - 1] { lo[i] = hi[i - 1] }
        var offsets = [Int](repeating: 0, count: n + 2)
        for i in 0...n { offsets[i + 1] = offsets[i] + hi[i] - lo[i] + 1 }
        self.sourceCount = n
        self.targetCount = m
        self.lower = lo
        self.upper = hi
        self.offsets = offsets
    }

    /// The strip within `radius` target positions of the diagonal i·m/n, wide enough to hold any
    /// difference in sentence counts.
    public static func diagonal(sourceCount n: Int, targetCount m: Int, radius: Int) -> Band {
        let centers = (0...n).map { n == 0 ? 0 : $0 * m / n }
        return around(centers: centers, sourceCount: n, targetCount: m, radius: radius)
    }

    /// The strip within `radius` of a path given as, for each source position, the target
    /// positions it passes through (lowest and highest).
    public static func around(path: [(Int, Int)], sourceCount n: Int, targetCount m: Int, radius: Int) -> Band {
        var low = [Int](repeating: Int.max, count: n + 1), high = [Int](repeating: Int.min, count: n + 1)
        for (i, j) in path where i >= 0 && i <= n {
            low[i] = min(low[i], j)
            high[i] = max(high[i], j)
        }
        // Rows the path jumps over (a 2-1 bead) take the bounds of the row before.
        for i in 0...n where low[i] == Int.max {
            low[i] = i > 0 ? low[i - 1] : 0
            high[i] = i > 0 ? high[i - 1] : 0
        }
        return Band(sourceCount: n, targetCount: m, lower: low.map { $0 - radius }, upper: high.map { $0 + radius })
    }

    static func around(centers: [Int], sourceCount n: Int, targetCount m: Int, radius: Int) -> Band {
        Band(sourceCount: n, targetCount: m, lower: centers.map { $0 - radius }, upper: centers.map { $0 + radius })
    }

    /// The band with `columns` more target positions on each side of every row: it holds every
    /// sentence pair of any bead of up to `columns` target sentences that starts and ends in
    /// this band (a bead's rows lie between its ends, whose bounds never decrease).
    func widened(by columns: Int) -> Band {
        Band(sourceCount: sourceCount, targetCount: targetCount, lower: lower.map { $0 - columns }, upper: upper.map { $0 + columns })
    }

    public var cellCount: Int { offsets[sourceCount + 1] }
    var widest: Int { (0...sourceCount).map { upper[$0] - lower[$0] + 1 }.max() ?? 1 }

    func columns(of i: Int) -> ClosedRange<Int> { lower[i]...upper[i] }
    func contains(_ i: Int, _ j: Int) -> Bool { i >= 0 && i <= sourceCount && j >= lower[i] && j <= upper[i] }
    /// Index of cell (i, j) in flat storage.
    func cell(_ i: Int, _ j: Int) -> Int { offsets[i] + j - lower[i] }

    /// How close a path comes to the band's sides, away from the document edges: a path that
    /// touches a side may have been cut off, and the band should be widened.
    func touchesSide(_ path: [(Int, Int)], margin: Int) -> Bool {
        path.contains { i, j in
            (j - lower[i] < margin && lower[i] > 0) || (upper[i] - j < margin && upper[i] < targetCount)
        }
    }
}
