public import CorpusModel

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

    /// Fewest confident beads to learn from: a few dozen sentence pairs give chance pairings, not
    /// translations (measured: learning from single 40-sentence documents lowered strict F1 on
    /// Korean pairs by 0.01, while on 700-sentence documents it raised it by 0.02).
    public static let minimumBeads = 150

    public static func learn(pairs: [(source: Substring, target: Substring)]) -> LearnedDictionary {
        learn(stemPairs: pairs.map { (stems($0.source), stems($0.target)) })
    }

    /// Learns from the stems (`stems(_:)`) of aligned sentence pairs.
    static func learn(stemPairs pairs: [([UInt64], [UInt64])]) -> LearnedDictionary {
        guard pairs.count >= minimumBeads else { return LearnedDictionary(pairs: []) }
        let step = max(1, pairs.count / maximumBeads)
        // Stems are numbered once; counts are kept by number.
        var sourceIDs: [UInt64: Int] = [:], targetIDs: [UInt64: Int] = [:]
        var sourceStems: [UInt64] = [], targetStems: [UInt64] = []
        var sourceCount: [Int] = [], targetCount: [Int] = []
        var joint: [Int: Int] = [:]
        joint.reserveCapacity(min(pairs.count, maximumBeads) * 64)
        let stride = 1 << 32
        var index = 0
        while index < pairs.count {
            var s: [Int] = [], t: [Int] = []
            for stem in pairs[index].0 {
                let id = sourceIDs[stem] ?? { sourceIDs[stem] = sourceCount.count; sourceCount.append(0); sourceStems.append(stem); return sourceCount.count - 1 }()
                sourceCount[id] += 1
                s.append(id)
            }
            for stem in pairs[index].1 {
                let id = targetIDs[stem] ?? { targetIDs[stem] = targetCount.count; targetCount.append(0); targetStems.append(stem); return targetCount.count - 1 }()
                targetCount[id] += 1
                t.append(id)
            }
            for a in s {
                for b in t { joint[a * stride + b, default: 0] += 1 }
            }
            index += step
        }
        var best: [Int: (target: Int, dice: Double)] = [:]
        for (pair, c) in joint where c >= minimumCooccurrence {
            let a = pair / stride, b = pair % stride
            let dice = 2 * Double(c) / Double(sourceCount[a] + targetCount[b])
            guard dice >= minimumDice else { continue }
            if let current = best[a], current.dice > dice || (current.dice == dice && current.target < b) { continue }
            best[a] = (b, dice)
        }
        return LearnedDictionary(pairs: best.sorted { $0.key < $1.key }.map { (sourceStems[$0.key], targetStems[$0.value.target]) })
    }

    /// The distinct stems of a sentence's words, hashed: letters only, lower case, at most five
    /// letters (two syllables in Hangul), so that inflected forms count together.
    static func stems(_ sentence: Substring) -> [UInt64] {
        var result: [UInt64] = []
        for word in words(of: sentence) {
            guard let first = word.unicodeScalars.first, first.isLetter else { continue }
            let hangul = first.isHangulSyllable
            let length = hangul ? 2 : 5
            var h = AnchorKey.offset, count = 0
            for scalar in word.unicodeScalars {
                if count == length { break }
                h = AnchorKey.add(h, scalar.lowercased)
                count += 1
            }
            guard word.unicodeScalars.count >= (hangul ? 2 : 4), !result.contains(h) else { continue }
            result.append(h)
        }
        return result
    }
}

/// Word stems paired by `DictionaryLearning`, as anchors (kind `.learned`): pair k present on
/// a side gives key k.
public struct LearnedDictionary: Sendable {
    public let pairs: [(source: UInt64, target: UInt64)]
    public var count: Int { pairs.count }

    public func anchors(side: BilingualDictionary.Side) -> LearnedAnchors {
        var index: [UInt64: [UInt64]] = [:]
        for (k, pair) in pairs.enumerated() { index[side == .source ? pair.source : pair.target, default: []].append(UInt64(k)) }
        return LearnedAnchors(index: index)
    }
}

public struct LearnedAnchors: AnchorSource {
    let index: [UInt64: [UInt64]]
    public func anchors(in sentence: Substring, language: LanguageTag) -> [Anchor] {
        guard !index.isEmpty else { return [] }
        return anchors(stems: DictionaryLearning.stems(sentence))
    }

    func anchors(stems: [UInt64]) -> [Anchor] {
        stems.flatMap { index[$0] ?? [] }.map { Anchor(kind: .learned, keys: [$0]) }
    }
}
