/// Evidence from the seams inside a block: when a line ends without a sentence-final mark
/// ("…половым путем,") and the next starts in lower case ("что свидетельствует…"), the two are
/// one sentence split in two, and a bead that keeps them together gains.
///
/// For each seam inside a block of a bead, the cost is −log P(seam | split) / P(seam | boundary).
/// P(· | boundary) is measured on the document itself (its line ends and starts); P(· | split)
/// is a prior over three kinds of line end (`LineEnd`): a split line ends in a comma, dash or
/// Korean connective ending or particle 4 times in 10 (`continuingWhenSplit`), otherwise open 5
/// times in 10 (`openEndWhenSplit`), and, in scripts with case, the continuation starts in lower
/// case 7 times in 10 (`lowerStartWhenSplit`). Headlines end open; a continuing end speaks even
/// inside the headline lines at the top.
///
/// The other way round, a line that holds two sentences ("…today I can't help it. It's been a
/// rough year.") is two lines merged: when one side of a bead is a single line and the other
/// side k lines, a sentence end inside that line is worth −log(P(stop | merged) / P(stop |
/// line)), the latter measured on the document (and no stop inside the same for its absence).
/// A 1-k bead is a split or a merge, not both: the two are mixed (`either`).
///
/// And a merge or split rarely leaves one part tiny: when the shorter of two lines holds under
/// `tinyShare` of their length, a 2-1 or 1-2 bead costs −log(P(tiny | merge or split) / P(tiny |
/// any two neighbouring lines)), the latter measured on the document (a photo credit or "(AP)"
/// next to a sentence is not half of it). Shares count for 2-1 and 1-2 beads only.
public struct BoundaryCost: CostFunction {
    let sourceLengths: [Int]
    let targetLengths: [Int]
    let sourceTiny: (penalty: Double, bonus: Double)
    let targetTiny: (penalty: Double, bonus: Double)
    static let tinyShare = 0.15
    /// Measured on merges and splits of news sentences: 1 in 60 has a part under 15 %.
    static let tinyWhenMerged = 0.02
    let sourceSeams: [Double]
    let targetSeams: [Double]
    /// Per line: the bonus (≤ 0) for standing as one line against k ≥ 2, if it holds a stop.
    let sourceMerged: [Double]
    let targetMerged: [Double]
    /// Two sentences merged into one line keep the first one's stop: the checker misses it only
    /// after a quote or a very short sentence (0.9, 0.97, 0.98 and 0.99 measured on the dev set:
    /// 0.97 and up the same, and better than 0.9 for every pair).
    static let stopInsideWhenMerged = 0.97
    static let continuingWhenSplit = 0.4
    static let openEndWhenSplit = 0.5
    /// Document rates are kept above this (a clean document has no continuing line at all).
    static let minimumRate = 0.01
    static let lowerStartWhenSplit = 0.7

    public init(source: [Substring], target: [Substring]) {
        self.init(source: LineScalars(source), target: LineScalars(target))
    }

    init(source: LineScalars, target: LineScalars) {
        sourceSeams = Self.seamCosts(source)
        targetSeams = Self.seamCosts(target)
        sourceMerged = Self.mergedCosts(source)
        targetMerged = Self.mergedCosts(target)
        sourceLengths = Self.lengths(source)
        targetLengths = Self.lengths(target)
        sourceTiny = Self.tinyCosts(sourceLengths)
        targetTiny = Self.tinyCosts(targetLengths)
    }

    /// Per line, its scalars other than the space.
    static func lengths(_ lines: LineScalars) -> [Int] {
        (0..<lines.count).map { lines[$0].count { $0 != " " } }
    }

    static func tinyCosts(_ lengths: [Int]) -> (penalty: Double, bonus: Double) {
        guard lengths.count > 1 else { return (0, 0) }
        let tiny = (1..<lengths.count).filter { isTiny(lengths[$0 - 1], lengths[$0]) }.count
        let rate = (Double(tiny) + 0.5) / (Double(lengths.count - 1) + 1)
        return (-log(tinyWhenMerged / rate), -log((1 - tinyWhenMerged) / (1 - rate)))
    }

    static func isTiny(_ a: Int, _ b: Int) -> Bool { Double(min(a, b)) < tinyShare * Double(max(a + b, 1)) }

    static func mergedCosts(_ lines: LineScalars) -> [Double] {
        let stops = (0..<lines.count).map { hasStopInside(lines[$0]) }
        let rate = (Double(stops.filter { $0 }.count) + 0.5) / (Double(lines.count) + 1)
        return stops.map { $0 ? -log(stopInsideWhenMerged / rate) : -log((1 - stopInsideWhenMerged) / (1 - rate)) }
    }

    /// A sentence-final mark followed by a space and more text inside the line.
    static func hasStopInside(_ line: Substring) -> Bool { hasStopInside(Array(line.unicodeScalars)[...]) }

    static func hasStopInside(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        // A stop (. ! ? … 。), a space, then not lower case, with three words or more before it
        // ("Mr. Kim", "U.S. Rep.": an abbreviation is followed by a capital too) and a few
        // letters after it.
        let start = line.startIndex, end = line.endIndex
        var spaces = 0
        for k in (start + 1)..<max(end - 6, start + 1) where line[k] == " " {
            spaces += 1
            let p = line[k - 1].value
            guard spaces >= 3, p == 0x2E || p == 0x21 || p == 0x3F || p == 0x2026 || p == 0x3002 else { continue }
            var n = k + 1
            while n < end, openers.contains(line[n].value) { n += 1 }
            if n < end, !line[n].properties.isLowercase, line[n] != " " { return true }
        }
        return false
    }

    /// " ' “ ‘ « (
    static let openers: Set<UInt32> = [0x22, 0x27, 0x201C, 0x2018, 0xAB, 0x28]

    public func cost(source: Range<Int>, target: Range<Int>) -> Double {
        if source.isEmpty || target.isEmpty { return 0 }
        var total = 0.0
        if source.count == 1 && target.count > 1 {
            total += Self.lineAgainstBlock(sourceMerged[source.lowerBound], target, targetSeams, targetLengths, targetTiny)
        }
        if target.count == 1 && source.count > 1 {
            total += Self.lineAgainstBlock(targetMerged[target.lowerBound], source, sourceSeams, sourceLengths, sourceTiny)
        }
        if source.count > 1 && target.count > 1 {
            for i in source.dropFirst() { total += sourceSeams[i] }
            for j in target.dropFirst() { total += targetSeams[j] }
        }
        return total
    }

    /// One line (its merged cost) against a block of k ≥ 2 lines on the other side (their seams,
    /// lengths and tiny-part costs): a split or a merge, and for k = 2 whether a part is tiny.
    static func lineAgainstBlock(_ merged: Double, _ block: Range<Int>, _ seams: [Double], _ lengths: [Int],
                                 _ tiny: (penalty: Double, bonus: Double)) -> Double {
        var seamCost = 0.0
        for k in block.dropFirst() { seamCost += seams[k] }
        var total = either(split: seamCost, merge: merged)
        if block.count == 2 {
            total += isTiny(lengths[block.lowerBound], lengths[block.lowerBound + 1]) ? tiny.penalty : tiny.bonus
        }
        return total
    }

    /// A 1-k bead is one sentence split into k lines on one side, or k sentences merged into one
    /// line on the other, equally likely: its evidence is the mixture of the two explanations'
    /// likelihood ratios (−log of ½·e^−split + ½·e^−merge), not their product, since only one of
    /// them happened (the k lines of a merge end in stops, like any sentences).
    static func either(split: Double, merge: Double) -> Double {
        let low = min(split, merge)
        return low - log(0.5 * exp(low - split) + 0.5 * exp(low - merge))
    }

    /// seams[k]: the cost of joining line k − 1 and line k into one sentence.
    static func seamCosts(_ lines: LineScalars) -> [Double] {
        guard lines.count > 1 else { return [Double](repeating: 0, count: lines.count) }
        let ends = (0..<lines.count).map { lineEnd(lines[$0]) }
        let start = (0..<lines.count).map { startCase(lines[$0]) }
        let cased = start.filter { $0 != nil }.count
        // Smoothed rates over the document's seams (most of them real sentence boundaries).
        func rate(_ kind: LineEnd) -> Double {
            max((Double(ends.dropLast().filter { $0 == kind }.count) + 0.5) / (Double(lines.count - 1) + 1), minimumRate)
        }
        let continuingRate = rate(.continuing), openRate = rate(.open), stopRate = max(1 - continuingRate - openRate, minimumRate)
        let lowerRate = (Double(start.dropFirst().filter { $0 == true }.count) + 0.5) / (Double(max(cased, 1)) + 1)
        var seams = [0.0]
        // The headline, which ends without a stop, comes first, sometimes over several lines (a
        // headline and its subtitle, or one cut in two): up to the first line with a stop, an
        // open end says nothing.
        let headlineLines = ends.firstIndex(of: .stop).map { $0 + 1 } ?? lines.count
        for k in 1..<lines.count {
            var logRatio: Double
            switch ends[k - 1] {
            case .continuing: logRatio = log(continuingWhenSplit / continuingRate)
            case .open: logRatio = k < headlineLines ? 0 : log(openEndWhenSplit / openRate)
            case .stop: logRatio = k < headlineLines ? 0 : log((1 - continuingWhenSplit - openEndWhenSplit) / stopRate)
            }
            if let lower = start[k], cased * 2 >= lines.count {
                logRatio += lower ? log(lowerStartWhenSplit / lowerRate) : log((1 - lowerStartWhenSplit) / (1 - lowerRate))
            }
            seams.append(-logRatio)
        }
        return seams
    }

    /// How a line ends: with a sentence-final mark, in the middle of a sentence (a comma, a
    /// dash, a Korean connective ending or particle: "…말하고", "…정부를"), or open otherwise
    /// (a headline, a caption, or a sentence cut at a word).
    enum LineEnd { case stop, continuing, open }

    /// Korean syllables that end a clause or a noun phrase, not a sentence: connective endings
    /// (-고, -며, -서, -면, -데, -만) and case particles (을, 를, 의, 에, 와, 과, 로).
    static let koreanContinuing: Set<UInt32> = Set("고며서면데만을를의에와과로".unicodeScalars.map(\.value))
    /// , ; - – —
    static let continuingMarks: Set<UInt32> = [0x2C, 0x3B, 0x2D, 0x2013, 0x2014, 0x3001, 0xFF0C]

    static func lineEnd(_ line: Substring) -> LineEnd { lineEnd(Array(line.unicodeScalars)[...]) }

    static func lineEnd(_ line: ArraySlice<Unicode.Scalar>) -> LineEnd {
        // From the end: closing quotes and brackets after the mark ("…promises.'", «…») are
        // skipped, then the last scalar decides.
        var scalars = line
        while let last = scalars.last, LineScalars.isSpace(last) || closers.contains(last.value) { scalars = scalars.dropLast() }
        guard let last = scalars.last?.value else { return .open }
        if stops.contains(last) { return .stop }
        return continuingMarks.contains(last) || koreanContinuing.contains(last) ? .continuing : .open
    }

    /// " ' ” ’ » ) ] 」 』
    static let closers: Set<UInt32> = [0x22, 0x27, 0x201D, 0x2019, 0xBB, 0x29, 0x5D, 0x300D, 0x300F]
    /// . ! ? … 。 ！ ？
    static let stops: Set<UInt32> = [0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F]

    /// true: starts with a lower-case letter; false: upper case; nil: no case (Hangul, digits).
    static func startCase(_ line: ArraySlice<Unicode.Scalar>) -> Bool? {
        guard let first = line.first(where: { $0.properties.isAlphabetic }) else { return nil }
        if first.properties.isLowercase { return true }
        if first.properties.isUppercase { return false }
        return nil
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
