internal import ICUSupport

/// SRX rules compiled for one language, applied on top of Rosetta's own boundaries: at every
/// position some rule matches (its `beforebreak` ends there and its `afterbreak` starts there),
/// the first such rule decides; everywhere else Rosetta's rules stand. A position is taken past
/// any white space after it, since Rosetta's boundaries sit at the start of the next sentence.
///
/// Matching: `beforebreak` is searched left to right (non-overlapping matches, as ICU's find
/// gives them); `afterbreak` must match at the position, with look-behind seeing the text before.
/// An empty or missing expression matches everywhere.
public final class SRXRuleSet {
    struct CompiledRule {
        let breaks: Bool
        let before: RegularExpression?
        let after: RegularExpression?
    }

    let rules: [CompiledRule]
    public var count: Int { rules.count }

    init(rules: [SRXDocument.Rule], file: String) throws {
        self.rules = try rules.map { rule in
            func compile(_ pattern: String?, _ role: String) throws -> RegularExpression? {
                guard let pattern, !pattern.isEmpty else { return nil }
                do { return try RegularExpression(pattern) } catch {
                    throw SegmentationError.invalidSRXRule(file: file, line: rule.line, column: rule.column, reason: "\(role): \(error)")
                }
            }
            return CompiledRule(breaks: rule.breaks, before: try compile(rule.before, "beforebreak"),
                                after: try compile(rule.after, "afterbreak"))
        }
    }

    /// `boundaries` (increasing, strictly inside `start..<end`) with the SRX verdicts applied.
    func apply(to units: UnsafeBufferPointer<UInt16>, start: Int, end: Int, boundaries: [Int]) throws -> [Int] {
        let text = UnsafeBufferPointer(rebasing: units[start..<end])
        var verdicts: [Int: Bool] = [:]
        for rule in rules {
            var positions: [Int] = []
            if let before = rule.before {
                before.withText(text) { matcher in
                    var from: Int? = 0
                    while let match = matcher.find(from: from) {
                        if match.upperBound > 0 && match.upperBound < text.count { positions.append(match.upperBound) }
                        from = nil  // ICU's findNext steps past an empty match by itself
                    }
                }
            } else {
                positions = Array(1..<max(1, text.count))
            }
            positions.removeAll { verdicts[$0] != nil }
            if let after = rule.after {
                after.withText(text) { matcher in positions.removeAll { !matcher.matches(at: $0) } }
            }
            for position in positions { verdicts[position] = rule.breaks }
        }
        if verdicts.isEmpty { return boundaries }
        var result = Set(boundaries)
        var settled = Set<Int>()
        // The verdict nearest the text decides a boundary that several positions shift onto.
        for (position, breaks) in verdicts.sorted(by: { $0.key < $1.key }) {
            var shifted = position
            while shifted < text.count, UTF16Class.isSpace(text[shifted]) { shifted += 1 }
            guard shifted < text.count, settled.insert(shifted).inserted else { continue }
            if breaks { result.insert(start + shifted) } else { result.remove(start + shifted) }
        }
        return result.sorted()
    }
}
