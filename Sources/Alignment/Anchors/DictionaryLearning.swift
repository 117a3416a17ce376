public import CorpusModel
import TextBytes

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
        var sourceIDs = KeyInterner(), targetIDs = KeyInterner()
        var sourceStems: [UInt64] = [], targetStems: [UInt64] = []
        var sourceCount: [Int] = [], targetCount: [Int] = []
        let sampled = Swift.stride(from: 0, to: pairs.count, by: step).map { pairs[$0] }
        var sourceBeads: [[Int]] = [], targetBeads: [[Int]] = []
        for (sourceSide, targetSide) in sampled {
            sourceBeads.append(sourceSide.map { stem in
                let id = Int(sourceIDs.id(stem))
                if id == sourceCount.count { sourceCount.append(0); sourceStems.append(stem) }
                sourceCount[id] += 1
                return id
            })
            targetBeads.append(targetSide.map { stem in
                let id = Int(targetIDs.id(stem))
                if id == targetCount.count { targetCount.append(0); targetStems.append(stem) }
                targetCount[id] += 1
                return id
            })
        }
        // Per source stem, the target stems of the beads it occurs in, counted in a dense array:
        // only stems seen in `minimumCooccurrence` beads can pair (most words occur once).
        var beadsOf = [[Int]](repeating: [], count: sourceCount.count)
        for (k, s) in sourceBeads.enumerated() {
            for a in s where sourceCount[a] >= minimumCooccurrence { beadsOf[a].append(k) }
        }
        let frequentTargets = targetBeads.map { $0.filter { targetCount[$0] >= minimumCooccurrence } }
        var counts = [Int](repeating: 0, count: targetCount.count)
        var touched: [Int] = []
        var learned: [(UInt64, UInt64)] = []
        for a in beadsOf.indices where beadsOf[a].count >= minimumCooccurrence {
            for k in beadsOf[a] {
                for b in frequentTargets[k] {
                    if counts[b] == 0 { touched.append(b) }
                    counts[b] += 1
                }
            }
            // The best partner: highest Dice, then the lowest stem number (deterministic).
            var best = -1, bestDice = 0.0
            for b in touched {
                let c = counts[b]
                counts[b] = 0
                guard c >= minimumCooccurrence else { continue }
                let dice = 2 * Double(c) / Double(sourceCount[a] + targetCount[b])
                if dice >= minimumDice, dice > bestDice || (dice == bestDice && b < best) { (best, bestDice) = (b, dice) }
            }
            touched.removeAll(keepingCapacity: true)
            if best >= 0 { learned.append((sourceStems[a], targetStems[best])) }
        }
        return LearnedDictionary(pairs: learned)
    }

    /// The distinct stems of a sentence's words, hashed: letters only, lower case, at most five
    /// letters (two syllables in Hangul), so that inflected forms count together.
    static func stems(_ sentence: Substring) -> [UInt64] {
        WordSpan.with(sentence) { bytes, words in stems(bytes, words: words) }
    }

    /// The stems of a sentence given its bytes and words (`WordSpan.scan`).
    static func stems(_ bytes: UnsafeBufferPointer<UInt8>, words: [WordSpan]) -> [UInt64] {
        var result: [UInt64] = []
        for word in words where word.first.isLetter {
            let hangul = word.first.isHangulSyllable
            guard word.scalarCount >= (hangul ? 2 : 4) else { continue }
            let length = hangul ? 2 : 5
            var h = AnchorKey.offset, count = 0
            var index = word.start
            while count < length && index < word.end {
                let (value, size) = UTF8Bytes.scalar(bytes, at: index)
                h = AnchorKey.add(h, Unicode.Scalar(value)?.lowercased ?? value)
                count += 1
                index += size
            }
            if !result.contains(h) { result.append(h) }
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
