/// Evidence from the seams inside a block: when a line ends without a sentence-final mark
/// ("…половым путем,") and the next starts in lower case ("что свидетельствует…"), the two are
/// one sentence split in two, and a bead that keeps them together gains.
///
/// For each seam inside a block of a bead, the cost is −log P(seam | split) / P(seam | boundary).
/// P(· | boundary) is measured on the document itself (its line ends and starts); P(· | split)
/// is a prior: a split line ends open 9 times in 10 (`openEndWhenSplit`), and, in scripts with
/// case, the continuation starts in lower case 7 times in 10 (`lowerStartWhenSplit`).
///
/// The other way round, a line that holds two sentences ("…today I can't help it. It's been a
/// rough year.") is two lines merged: when one side of a bead is a single line and the other
/// side k lines, k − 1 sentence ends inside that line are worth −log(P(stop | merged) /
/// P(stop | line)), the latter measured on the document; no stop inside costs nothing (the
/// bead may be a split instead).
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
    static let stopInsideWhenMerged = 0.9
    static let openEndWhenSplit = 0.9
    static let lowerStartWhenSplit = 0.7

    public init(source: [Substring], target: [Substring]) {
        sourceSeams = Self.seamCosts(source)
        targetSeams = Self.seamCosts(target)
        sourceMerged = Self.mergedCosts(source)
        targetMerged = Self.mergedCosts(target)
        sourceLengths = source.map { $0.unicodeScalars.count { $0 != " " } }
        targetLengths = target.map { $0.unicodeScalars.count { $0 != " " } }
        sourceTiny = Self.tinyCosts(sourceLengths)
        targetTiny = Self.tinyCosts(targetLengths)
    }

    static func tinyCosts(_ lengths: [Int]) -> (penalty: Double, bonus: Double) {
        guard lengths.count > 1 else { return (0, 0) }
        let tiny = (1..<lengths.count).filter { isTiny(lengths[$0 - 1], lengths[$0]) }.count
        let rate = (Double(tiny) + 0.5) / (Double(lengths.count - 1) + 1)
        return (-log(tinyWhenMerged / rate), -log((1 - tinyWhenMerged) / (1 - rate)))
    }

    static func isTiny(_ a: Int, _ b: Int) -> Bool { Double(min(a, b)) < tinyShare * Double(max(a + b, 1)) }

    static func mergedCosts(_ lines: [Substring]) -> [Double] {
        let stops = lines.map(hasStopInside)
        let rate = (Double(stops.filter { $0 }.count) + 0.5) / (Double(lines.count) + 1)
        let bonus = -log(stopInsideWhenMerged / rate)
        return stops.map { $0 ? min(bonus, 0) : 0 }
    }

    /// A sentence-final mark followed by a space and more text inside the line.
    static func hasStopInside(_ line: Substring) -> Bool {
        // By scalars: a stop (. ! ? … 。), a space, then not lower case, with three words or more
        // before it ("Mr. Kim", "U.S. Rep.": an abbreviation is followed by a capital too) and a
        // few letters after it.
        let scalars = Array(line.unicodeScalars)
        var spaces = 0
        for k in 1..<max(scalars.count - 6, 1) where scalars[k] == " " {
            spaces += 1
            let p = scalars[k - 1].value
            guard spaces >= 3, p == 0x2E || p == 0x21 || p == 0x3F || p == 0x2026 || p == 0x3002 else { continue }
            var n = k + 1
            while n < scalars.count, "\"'“‘«(".unicodeScalars.contains(scalars[n]) { n += 1 }
            if n < scalars.count, !scalars[n].properties.isLowercase, scalars[n] != " " { return true }
        }
        return false
    }

    public func cost(source: Range<Int>, target: Range<Int>) -> Double {
        if source.isEmpty || target.isEmpty { return 0 }
        var total = 0.0
        if source.count == 1 && target.count > 1 {
            total += sourceMerged[source.lowerBound]
            for j in target.dropFirst() { total += targetSeams[j] }
            if target.count == 2 {
                total += Self.isTiny(targetLengths[target.lowerBound], targetLengths[target.lowerBound + 1]) ? targetTiny.penalty : targetTiny.bonus
            }
        }
        if target.count == 1 && source.count > 1 {
            total += targetMerged[target.lowerBound]
            for i in source.dropFirst() { total += sourceSeams[i] }
            if source.count == 2 {
                total += Self.isTiny(sourceLengths[source.lowerBound], sourceLengths[source.lowerBound + 1]) ? sourceTiny.penalty : sourceTiny.bonus
            }
        }
        if source.count > 1 && target.count > 1 {
            for i in source.dropFirst() { total += sourceSeams[i] }
            for j in target.dropFirst() { total += targetSeams[j] }
        }
        return total
    }

    /// seams[k]: the cost of joining line k − 1 and line k into one sentence.
    static func seamCosts(_ lines: [Substring]) -> [Double] {
        guard lines.count > 1 else { return lines.map { _ in 0 } }
        let open = lines.map { !endsSentence($0) }
        let start = lines.map(startCase)
        let cased = start.filter { $0 != nil }.count
        // Smoothed rates over the document's seams (most of them real sentence boundaries).
        let openRate = (Double(open.dropLast().filter { $0 }.count) + 0.5) / (Double(lines.count - 1) + 1)
        let lowerRate = (Double(start.dropFirst().filter { $0 == true }.count) + 0.5) / (Double(max(cased, 1)) + 1)
        var seams = [0.0]
        for k in 1..<lines.count {
            // The first line is the headline, which ends without a stop: only case speaks there.
            var logRatio = k == 1 ? 0 : open[k - 1] ? log(openEndWhenSplit / openRate) : log((1 - openEndWhenSplit) / (1 - openRate))
            if let lower = start[k], cased * 2 >= lines.count {
                logRatio += lower ? log(lowerStartWhenSplit / lowerRate) : log((1 - lowerStartWhenSplit) / (1 - lowerRate))
            }
            seams.append(-logRatio)
        }
        return seams
    }

    static func endsSentence(_ line: Substring) -> Bool {
        // By scalars, from the end: closing quotes and brackets after the mark ("…promises.'",
        // «…») are skipped, then the last scalar must be a stop.
        var scalars = line.unicodeScalars[...]
        while let last = scalars.last, EvidenceAligner.isSpace(last) || closers.contains(last.value) { scalars = scalars.dropLast() }
        guard let last = scalars.last else { return false }
        return stops.contains(last.value)
    }

    /// " ' ” ’ » ) ] 」 』
    static let closers: Set<UInt32> = [0x22, 0x27, 0x201D, 0x2019, 0xBB, 0x29, 0x5D, 0x300D, 0x300F]
    /// . ! ? … 。 ！ ？
    static let stops: Set<UInt32> = [0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F]

    /// true: starts with a lower-case letter; false: upper case; nil: no case (Hangul, digits).
    static func startCase(_ line: Substring) -> Bool? {
        guard let first = line.unicodeScalars.first(where: { $0.properties.isAlphabetic }) else { return nil }
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
