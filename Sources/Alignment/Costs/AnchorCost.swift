public import CorpusModel
import LanguageProfiles

/// Anchor evidence for a bead: each anchor of either side is either found again on the other
/// side of the bead or not, and each outcome adds its log-likelihood ratio between a true
/// translation and a random pair of sentences (a binomial model per anchor).
///
/// For an anchor of kind k on side x, with p = P(found | translation) and q = P(found | random):
/// found adds −log(p/q) to the cost (a bonus), not found adds −log((1−p)/(1−q)) (a penalty).
/// Against a block of k sentences, chance finds an anchor with probability 1 − (1 − q)^k, so a
/// find in a 2-2 bead is worth less than a find in a 1-1 bead (else merging would always pay).
/// Both sides are counted at half weight, since a shared anchor is seen from both. One-sided
/// beads have no anchor cost: an unlinked sentence is what the random model predicts.
public struct AnchorCost: CostFunction {
    /// One side's anchors, flat (a few arrays rather than an array per anchor, for speed):
    /// sentence s owns units unitStart[s]..<unitStart[s+1]; unit u has kind unitKind[u] and keys
    /// keys[keyStart[u]..<keyStart[u+1]]; sentence s's keys, sorted, are
    /// sorted[sortedStart[s]..<sortedStart[s+1]].
    struct Side {
        var unitStart: [Int] = [0]
        var unitKind: [Int] = []
        var keyStart: [Int] = [0]
        var keys: [UInt32] = []
        var sortedStart: [Int] = [0]
        var sorted: [UInt32] = []
        /// Per sentence, a 256-bit filter of its keys: most lookups miss, and miss here.
        var filter: [UInt64] = []
        /// Per sentence, its units (bit u − unitStart[s], first 64) that share a key with the
        /// sentence before: in a block holding both, such a unit is the same evidence again.
        var repeats: [UInt64] = []

        init() {}

        /// The anchors of each sentence, their keys numbered by `interned` (shared by both sides).
        init(_ sentences: [[Anchor]], interning interned: inout KeyInterner) {
            var all: [UInt32] = []
            for anchors in sentences {
                all.removeAll(keepingCapacity: true)
                for anchor in anchors {
                    for key in anchor.keys {
                        let id = interned.id(AnchorKey.add(key, UInt32(anchor.kind.rawValue)))
                        keys.append(id)
                        all.append(id)
                    }
                    unitKind.append(anchor.kind.rawValue)
                    keyStart.append(keys.count)
                }
                unitStart.append(unitKind.count)
                all.sort()
                var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
                for (k, key) in all.enumerated() where k == 0 || all[k - 1] != key {
                    sorted.append(key)
                    let (word, bit) = Self.filterBit(key)
                    switch word {
                    case 0: bits.0 |= bit
                    case 1: bits.1 |= bit
                    case 2: bits.2 |= bit
                    default: bits.3 |= bit
                    }
                }
                filter.append(bits.0)
                filter.append(bits.1)
                filter.append(bits.2)
                filter.append(bits.3)
                sortedStart.append(sorted.count)
            }
        }

        mutating func findRepeats() {
            let sentences = unitStart.count - 1
            repeats = [UInt64](repeating: 0, count: sentences)
            for s in 1..<max(sentences, 1) {
                for u in unitStart[s]..<min(unitStart[s + 1], unitStart[s] + 64)
                where (keyStart[u]..<keyStart[u + 1]).contains(where: { contains(keys[$0], sentence: s - 1) }) {
                    repeats[s] |= 1 << UInt64(u - unitStart[s])
                }
            }
        }

        /// Per key (interned id, shared by both sides), the sentences holding it, ascending:
        /// postings[postingStart[k]..<postingStart[k + 1]].
        var postingStart: [Int] = [0]
        var postings: [Int32] = []

        mutating func indexPostings(keyCount: Int) {
            var start = [Int](repeating: 0, count: keyCount + 1)
            for key in sorted { start[Int(key) + 1] += 1 }
            for k in 0..<keyCount { start[k + 1] += start[k] }
            var next = start
            postings = [Int32](repeating: 0, count: sorted.count)
            for s in 0..<(sortedStart.count - 1) {
                for index in sortedStart[s]..<sortedStart[s + 1] {
                    let key = Int(sorted[index])
                    postings[next[key]] = Int32(s)
                    next[key] += 1
                }
            }
            postingStart = start
        }

        /// Calls `body` with each sentence in `range` that holds `key`.
        func forEachSentence(with key: UInt32, in range: ClosedRange<Int>, _ body: (Int) -> Void) {
            var low = postingStart[Int(key)], high = postingStart[Int(key) + 1]
            // First posting ≥ range.lowerBound.
            while low < high {
                let mid = (low + high) / 2
                if Int(postings[mid]) < range.lowerBound { low = mid + 1 } else { high = mid }
            }
            var index = low
            while index < postingStart[Int(key) + 1], Int(postings[index]) <= range.upperBound {
                body(Int(postings[index]))
                index += 1
            }
        }

        /// Whether unit u (of sentence s) repeats a key of sentence s − 1.
        func repeats(unit u: Int, of s: Int) -> Bool {
            u - unitStart[s] < 64 && repeats[s] & (1 << UInt64(u - unitStart[s])) != 0
        }

        static func filterBit(_ key: UInt32) -> (word: Int, bit: UInt64) {
            let h = Int((key &* 2_654_435_761) >> 24) & 255
            return (h >> 6, 1 << UInt64(h & 63))
        }

        func contains(_ key: UInt32, sentence s: Int) -> Bool {
            let (word, bit) = Self.filterBit(key)
            if filter[s * 4 + word] & bit == 0 { return false }
            var low = sortedStart[s], high = sortedStart[s + 1]
            while low < high {
                let mid = (low + high) / 2
                let value = sorted[mid]
                if value < key { low = mid + 1 } else if value > key { high = mid } else { return true }
            }
            return false
        }

        /// Whether unit u has a key in one of `sentences` of this side.
        func found(unit u: Int, from other: Side, in sentences: Range<Int>) -> Bool {
            for k in other.keyStart[u]..<other.keyStart[u + 1] {
                let key = other.keys[k]
                for s in sentences where contains(key, sentence: s) { return true }
            }
            return false
        }
    }

    let source: Side
    let target: Side
    /// The model: match probabilities per side and kind.
    public var model: AnchorModel
    /// Cost per side, block size of the other side (0…maximumBlock) and kind: found, not found.
    private var found: [[[Double]]] = []
    private var missing: [[[Double]]] = []
    static let maximumBlock = 4

    public init(source: [[Anchor]], target: [[Anchor]], model: AnchorModel) {
        var interned = KeyInterner()
        var sourceSide = Side(source, interning: &interned), targetSide = Side(target, interning: &interned)
        sourceSide.findRepeats()
        targetSide.findRepeats()
        sourceSide.indexPostings(keyCount: interned.count)
        targetSide.indexPostings(keyCount: interned.count)
        self.source = sourceSide
        self.target = targetSide
        self.model = model
        self.setCosts()
    }

    /// The same anchors under another model (the anchors are not interned again).
    func with(model: AnchorModel) -> AnchorCost {
        var copy = self
        copy.model = model
        copy.setCosts()
        copy.pairs = nil  // its 1-1 costs were under the old model
        return copy
    }

    /// For the pair table, flat and per block size k of the other side (0…maximumBlock):
    /// sentence i's cost with none of its anchors found, at [k · sentences + i], and what finding
    /// an anchor of kind c changes, at [k · kinds + c] (by kind, not by anchor: memory stays small).
    private var sourceMissingSum: [Double] = [], targetMissingSum: [Double] = []
    /// The part of those sums owed to units that repeat the sentence before (`Side.repeats`),
    /// taken off when both sentences are in the block.
    private var sourceRepeatSum: [Double] = [], targetRepeatSum: [Double] = []
    private var sourceFoundDelta: [Double] = [], targetFoundDelta: [Double] = []

    private mutating func setSums() {
        let kinds = AnchorKind.allCases.count
        func sums(_ side: Side, _ found: [[Double]], _ missing: [[Double]]) -> (missing: [Double], repeats: [Double], delta: [Double]) {
            let sentences = side.unitStart.count - 1
            var missingSum = [Double](repeating: 0, count: (Self.maximumBlock + 1) * sentences), repeatSum = missingSum
            var delta = [Double](repeating: 0, count: (Self.maximumBlock + 1) * kinds)
            let flatMissing = missing.flatMap { $0 }
            for k in 0...Self.maximumBlock {
                for kind in 0..<kinds { delta[k * kinds + kind] = found[k][kind] - missing[k][kind] }
            }
            for i in 0..<sentences {
                for u in side.unitStart[i]..<side.unitStart[i + 1] {
                    let kind = side.unitKind[u], repeats = side.repeats(unit: u, of: i)
                    for k in 0...Self.maximumBlock {
                        missingSum[k * sentences + i] += flatMissing[k * kinds + kind]
                        if repeats { repeatSum[k * sentences + i] += flatMissing[k * kinds + kind] }
                    }
                }
            }
            return (missingSum, repeatSum, delta)
        }
        (sourceMissingSum, sourceRepeatSum, sourceFoundDelta) = sums(source, found[0], missing[0])
        (targetMissingSum, targetRepeatSum, targetFoundDelta) = sums(target, found[1], missing[1])
    }

    private mutating func setCosts() {
        (found, missing) = Self.costs(model)
        setSums()
    }

    /// Per side, block size of the other side (0…maximumBlock) and kind: the cost of an anchor
    /// found, and of one not found, under `model`.
    static func costs(_ model: AnchorModel) -> (found: [[[Double]]], missing: [[[Double]]]) {
        func chance(_ q: Double, _ k: Int) -> Double { 1 - pow(1 - q, Double(k)) }
        let found = [model.source, model.target].map { side in
            (0...Self.maximumBlock).map { k in side.map { k == 0 ? 0 : -log($0.found / max(chance($0.random, k), 1e-9)) } }
        }
        let missing = [model.source, model.target].map { side in
            (0...Self.maximumBlock).map { k in side.map { k == 0 ? 0 : -log((1 - $0.found) / max(1 - chance($0.random, k), 1e-9)) } }
        }
        return (found, missing)
    }

    /// Per sentence pair of a band, which anchors of each side the other sentence holds: one
    /// bit per anchor unit (`PairTable`). A bead's evidence is then the OR of its pairs' bits,
    /// so each pair is looked up once per pass instead of once per shape that covers it.
    var pairs: PairTable?
    /// Bands of more cells than this look anchors up per bead (the table takes 16 bytes a cell).
    static let maximumTableCells = 4_000_000

    /// A class: the cost function is called per shape per cell, and a struct of arrays would be
    /// retained array by array on each call.
    final class PairTable {
        let band: Band
        /// For cell (i, j): units of source sentence i − 1 found in target sentence j − 1, and
        /// units of target j − 1 found in source i − 1.
        var sourceBits: [UInt64]
        var targetBits: [UInt64]
        /// For cell (i, j): the cost of the 1-1 bead (i − 1, j − 1), the shape the DP asks most
        /// (NaN where a sentence has more than 64 units).
        var oneToOne: [Double]

        init(band: Band) {
            self.band = band
            sourceBits = [UInt64](repeating: 0, count: band.cellCount)
            targetBits = sourceBits
            oneToOne = [Double](repeating: .nan, count: band.cellCount)
        }
    }

    /// Builds the pair table for `band` (or drops it, when the band is too large).
    mutating func tabulate(band: Band) {
        pairs = nil
        guard band.cellCount <= Self.maximumTableCells else { return }
        let table = PairTable(band: band)
        // From each unit's keys to the sentences of the other side that hold them, within the
        // band (postings), rather than testing every unit against every cell: most keys are
        // rare, so most cells are never touched.
        for i in 1...max(band.sourceCount, 1) where i <= band.sourceCount {
            let su = source.unitStart[i - 1]..<source.unitStart[i]
            guard su.count <= 64, max(band.lower[i], 1) <= band.upper[i] else { continue }
            let columns = max(band.lower[i], 1)...band.upper[i]
            for u in su {
                let bit: UInt64 = 1 << UInt64(u - su.lowerBound)
                for k in source.keyStart[u]..<source.keyStart[u + 1] {
                    target.forEachSentence(with: source.keys[k], in: (columns.lowerBound - 1)...(columns.upperBound - 1)) { t in
                        table.sourceBits[band.cell(i, t + 1)] |= bit
                    }
                }
            }
        }
        // Column j's rows: the band's bounds never decrease, so they are contiguous.
        var firstRow = 0, lastRow = 0
        for j in 1...max(band.targetCount, 1) where j <= band.targetCount {
            while firstRow <= band.sourceCount && band.upper[firstRow] < j { firstRow += 1 }
            while lastRow + 1 <= band.sourceCount && band.lower[lastRow + 1] <= j { lastRow += 1 }
            let tu = target.unitStart[j - 1]..<target.unitStart[j]
            guard tu.count <= 64, max(firstRow, 1) <= lastRow else { continue }
            let rows = max(firstRow, 1)...lastRow
            for u in tu {
                let bit: UInt64 = 1 << UInt64(u - tu.lowerBound)
                for k in target.keyStart[u]..<target.keyStart[u + 1] {
                    source.forEachSentence(with: target.keys[k], in: (rows.lowerBound - 1)...(rows.upperBound - 1)) { s in
                        table.targetBits[band.cell(s + 1, j)] |= bit
                    }
                }
            }
        }
        let sourceSentences = source.unitStart.count - 1, targetSentences = target.unitStart.count - 1
        let kinds = AnchorKind.allCases.count
        for i in 1...max(band.sourceCount, 1) where i <= band.sourceCount && source.unitStart[i] - source.unitStart[i - 1] <= 64 {
            for j in band.columns(of: i) where j >= 1 && target.unitStart[j] - target.unitStart[j - 1] <= 64 {
                let cell = band.cell(i, j)
                var total = sourceMissingSum[sourceSentences + i - 1] + targetMissingSum[targetSentences + j - 1]
                var bits = table.sourceBits[cell]
                while bits != 0 {
                    total += sourceFoundDelta[kinds + source.unitKind[source.unitStart[i - 1] + bits.trailingZeroBitCount]]
                    bits &= bits - 1
                }
                bits = table.targetBits[cell]
                while bits != 0 {
                    total += targetFoundDelta[kinds + target.unitKind[target.unitStart[j - 1] + bits.trailingZeroBitCount]]
                    bits &= bits - 1
                }
                table.oneToOne[cell] = total / 2
            }
        }
        pairs = table
    }

    /// The bead's cost from the pair table; nil when a pair is outside it.
    private func tabulatedCost(_ table: PairTable, _ s: Range<Int>, _ t: Range<Int>) -> Double? {
        let band = table.band
        if s.count == 1 && t.count == 1 {
            guard band.contains(s.upperBound, t.upperBound) else { return nil }
            let cost = table.oneToOne[band.cell(s.upperBound, t.upperBound)]
            return cost.isNaN ? nil : cost
        }
        for i in s {
            if source.unitStart[i + 1] - source.unitStart[i] > 64 { return nil }
            for j in t where !band.contains(i + 1, j + 1) { return nil }
        }
        for j in t where target.unitStart[j + 1] - target.unitStart[j] > 64 { return nil }
        let ks = min(t.count, Self.maximumBlock), kt = min(s.count, Self.maximumBlock)
        let sourceSentences = source.unitStart.count - 1, targetSentences = target.unitStart.count - 1
        let kinds = AnchorKind.allCases.count
        var total = 0.0
        for i in s {
            var bits: UInt64 = 0
            for j in t { bits |= table.sourceBits[band.cell(i + 1, j + 1)] }
            total += sourceMissingSum[ks * sourceSentences + i]
            let first = source.unitStart[i]
            if i > s.lowerBound {
                total -= sourceRepeatSum[ks * sourceSentences + i]
                bits &= ~source.repeats[i]
            }
            while bits != 0 {
                total += sourceFoundDelta[ks * kinds + source.unitKind[first + bits.trailingZeroBitCount]]
                bits &= bits - 1
            }
        }
        for j in t {
            var bits: UInt64 = 0
            for i in s { bits |= table.targetBits[band.cell(i + 1, j + 1)] }
            total += targetMissingSum[kt * targetSentences + j]
            let first = target.unitStart[j]
            if j > t.lowerBound {
                total -= targetRepeatSum[kt * targetSentences + j]
                bits &= ~target.repeats[j]
            }
            while bits != 0 {
                total += targetFoundDelta[kt * kinds + target.unitKind[first + bits.trailingZeroBitCount]]
                bits &= bits - 1
            }
        }
        return total / 2
    }

    /// A unit that repeats a key of the sentence before it in the block is left out, found or
    /// not ("June" and "July" in two source sentences, once in the merged target line, are found
    /// once): its missing cost comes off (`sourceRepeatSum`) and its found bit is cleared.
    public func cost(source s: Range<Int>, target t: Range<Int>) -> Double {
        if s.isEmpty || t.isEmpty { return 0 }
        if let pairs, let tabulated = tabulatedCost(pairs, s, t) { return tabulated }
        // Bands too large for the pair table come here for every bead: no tally is built.
        let found0 = found[0][min(t.count, Self.maximumBlock)], missing0 = missing[0][min(t.count, Self.maximumBlock)]
        let found1 = found[1][min(s.count, Self.maximumBlock)], missing1 = missing[1][min(s.count, Self.maximumBlock)]
        var total = 0.0
        forEachUnit(source: s, target: t) { side, kind, isFound in
            total += side == 0 ? (isFound ? found0[kind] : missing0[kind]) : (isFound ? found1[kind] : missing1[kind])
        }
        return total / 2
    }

    /// Calls `body(side, kind, found)` for each anchor unit of a bead but those repeating a key of
    /// the sentence before them in their block.
    @inline(__always)
    private func forEachUnit(source s: Range<Int>, target t: Range<Int>, _ body: (Int, Int, Bool) -> Void) {
        for i in s {
            for u in source.unitStart[i]..<source.unitStart[i + 1] where i == s.lowerBound || !source.repeats(unit: u, of: i) {
                body(0, source.unitKind[u], target.found(unit: u, from: source, in: t))
            }
        }
        for j in t {
            for u in target.unitStart[j]..<target.unitStart[j + 1] where j == t.lowerBound || !target.repeats(unit: u, of: j) {
                body(1, target.unitKind[u], source.found(unit: u, from: target, in: s))
            }
        }
    }

    /// What a bead's anchors find, per side and kind, with the block size of the other side:
    /// enough to weigh the bead under any model (`cost(of:found:missing:)`).
    struct BeadTally {
        var anchors = AnchorTally()
        /// Block size of the target side (for source anchors) and of the source side.
        var blocks: (Int, Int)
    }

    func tally(source s: Range<Int>, target t: Range<Int>) -> BeadTally {
        var result = BeadTally(blocks: (min(t.count, Self.maximumBlock), min(s.count, Self.maximumBlock)))
        forEachUnit(source: s, target: t) { result.anchors.add(side: $0, kind: $1, found: $2) }
        return result
    }

    /// A bead's cost from its tally, under the costs of a model (`costs(_:)`); both sides count
    /// at half weight.
    static func cost(of tally: BeadTally, found: [[[Double]]], missing: [[[Double]]]) -> Double {
        var total = 0.0
        for side in 0..<2 {
            let block = side == 0 ? tally.blocks.0 : tally.blocks.1
            for kind in tally.anchors.total[side].indices where tally.anchors.total[side][kind] > 0 {
                let hits = tally.anchors.found[side][kind]
                total += Double(hits) * found[side][block][kind] + Double(tally.anchors.total[side][kind] - hits) * missing[side][block][kind]
            }
        }
        return total / 2
    }

    /// Which anchors of a sentence pair are found on the other side, counted per side and kind.
    /// Used to estimate the model.
    func counts(source i: Int, target j: Int, into tally: inout AnchorTally) {
        forEachUnit(source: i..<(i + 1), target: j..<(j + 1)) { tally.add(side: $0, kind: $1, found: $2) }
    }
}

/// Counts of anchors found and not found, per side and kind.
struct AnchorTally {
    var total = [[Int]](repeating: [Int](repeating: 0, count: AnchorKind.allCases.count), count: 2)
    var found = [[Int]](repeating: [Int](repeating: 0, count: AnchorKind.allCases.count), count: 2)
    mutating func add(side: Int, kind: Int, found isFound: Bool) {
        total[side][kind] += 1
        if isFound { found[side][kind] += 1 }
    }
}

/// P(found | translation) and P(found | random pair) for each anchor kind, on each side.
public struct AnchorModel: Sendable {
    public struct Rates: Sendable {
        public var found: Double
        public var random: Double
    }
    public var source: [Rates]
    public var target: [Rates]

    /// Prior rates, before anything is learned from the texts. Named, with what they mean:
    /// a number in a sentence is in its translation 9 times in 10 and in a random sentence 1 in
    /// 50 (a found number is worth −log(0.9/0.02) ≈ −3.8, a missing one +2.3); a month alike;
    /// a question mark, exclamation or quote survives 3 times in 4 but occurs in 1 sentence in
    /// 8; a name is found 1 time in 2, against 1 in 30 at random; a cognate 1 in 3 against 1 in
    /// 30 (skeletons are noisy: Korean sentences give one per word); a dictionary word 1 in 2
    /// against 1 in 20.
    public static let prior: AnchorModel = {
        let rates: [Rates] = AnchorKind.allCases.map { kind in
            switch kind {
            case .number: Rates(found: 0.9, random: 0.02)
            case .month: Rates(found: 0.9, random: 0.02)
            case .punctuation: Rates(found: 0.75, random: 0.12)
            case .name: Rates(found: 0.5, random: 0.03)
            case .cognate: Rates(found: 0.33, random: 0.03)
            case .dictionary: Rates(found: 0.5, random: 0.05)
            case .learned: Rates(found: 0.5, random: 0.05)
            }
        }
        return AnchorModel(source: rates, target: rates)
    }()

    /// `prior` with each side's rates as its language profile states them (`evidence`).
    public static func prior(source: LanguageTag, target: LanguageTag) -> AnchorModel {
        var model = prior
        func apply(_ language: LanguageTag, to rates: inout [Rates]) {
            guard let evidence = LanguageProfiles.profile(for: language)?.evidence, !evidence.isEmpty else { return }
            for kind in AnchorKind.allCases {
                if let stated = evidence[kind.label] { rates[kind.rawValue] = Rates(found: stated.found, random: stated.random) }
            }
        }
        apply(source, to: &model.source)
        apply(target, to: &model.target)
        return model
    }

    /// Bounds on estimated rates, so that no single anchor decides a bead on its own.
    static let rateRange = 0.01...0.95
    /// The prior counts as this many observed anchors: a short document, whose first pass may
    /// have paired the wrong sentences, cannot talk the model out of its prior (a first path
    /// shifted by one sentence finds names no more often than chance).
    static let priorObservations = 20.0
    /// Fewest anchors of a kind needed to estimate its rates from the texts.
    static let minimumObservations = 8

    /// Rates re-estimated from sentence pairs believed aligned and pairs believed not, smoothed
    /// toward the prior (`priorObservations`); a kind whose anchors are found no more often in
    /// translations than at random gets no weight.
    func reestimated(aligned: AnchorTally, random: AnchorTally) -> AnchorModel {
        var model = self
        for side in 0..<2 {
            for kind in AnchorKind.allCases.map(\.rawValue) {
                let n = aligned.total[side][kind], r = random.total[side][kind]
                guard n >= Self.minimumObservations, r >= Self.minimumObservations else { continue }
                let prior = side == 0 ? source[kind] : target[kind]
                let weight = Self.priorObservations
                var p = (Double(aligned.found[side][kind]) + weight * prior.found) / (Double(n) + weight)
                var q = (Double(random.found[side][kind]) + weight * prior.random) / (Double(r) + weight)
                p = min(max(p, Self.rateRange.lowerBound), Self.rateRange.upperBound)
                q = min(max(q, Self.rateRange.lowerBound), Self.rateRange.upperBound)
                if p <= q { q = p }  // no evidence either way: cost 0 found or not
                if side == 0 { model.source[kind] = Rates(found: p, random: q) } else { model.target[kind] = Rates(found: p, random: q) }
            }
        }
        return model
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
