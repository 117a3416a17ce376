/// Learns a word list from sentence pairs that are confidently aligned: two word stems that
/// occur together in most of the beads where either occurs are taken as translations
/// (Dice coefficient), as hunalign's realign pass does from its first alignment.
public enum DictionaryLearning {
    /// Fewest beads a pair must share.
    static let minimumCooccurrence = 2
    /// Dice coefficient 2·c(s,t) / (c(s) + c(t)) a pair needs.
    static let minimumDice = 0.75
    /// Beads looked at, at most (taken evenly from the whole document), to bound time and memory.
    static let maximumBeads = 4_000

    public static func learn(pairs: [(source: Substring, target: Substring)]) -> BilingualDictionary {
        let step = max(1, pairs.count / maximumBeads)
        var sourceCount: [String: Int] = [:], targetCount: [String: Int] = [:]
        var joint: [String: [String: Int]] = [:]
        var index = 0
        while index < pairs.count {
            let s = stems(pairs[index].source), t = stems(pairs[index].target)
            for a in s { sourceCount[a, default: 0] += 1 }
            for b in t { targetCount[b, default: 0] += 1 }
            for a in s where true {
                for b in t { joint[a, default: [:]][b, default: 0] += 1 }
            }
            index += step
        }
        var dictionary = BilingualDictionary()
        for (a, row) in joint.sorted(by: { $0.key < $1.key }) {
            guard let cs = sourceCount[a], cs >= minimumCooccurrence else { continue }
            var best: (String, Double)?
            for (b, c) in row where c >= minimumCooccurrence {
                let dice = 2 * Double(c) / Double(cs + (targetCount[b] ?? 0))
                if dice >= minimumDice, dice > (best?.1 ?? 0) || (dice == best?.1 && b < best!.0) { best = (b, dice) }
            }
            if let best { dictionary.add(source: a, target: best.0) }
        }
        return dictionary
    }

    /// The distinct stems of a sentence's words: letters only, lower case, at most five letters
    /// (two syllables in Hangul), so that inflected forms count together.
    static func stems(_ sentence: Substring) -> Set<String> {
        var result = Set<String>()
        for word in words(of: sentence) where word.first?.isLetter ?? false {
            let hangul = word.first?.isHangul ?? false
            guard word.count >= (hangul ? 2 : 4) else { continue }
            result.insert(String(word.lowercased().prefix(hangul ? 2 : 5)))
        }
        return result
    }
}
