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
    /// Per sentence, its anchors as interned key ids (one array per anchor) with their kinds.
    struct Sentence {
        var kinds: [UInt8] = []
        var keys: [[UInt32]] = []
        /// Every key of the sentence, sorted, for membership tests.
        var allKeys: [UInt32] = []
    }

    let source: [Sentence]
    let target: [Sentence]
    /// The model: match probabilities per side and kind.
    public var model: AnchorModel
    /// Cost per side, block size of the other side (1…maximumBlock) and kind: found, not found.
    private var found: [[[Double]]] = []
    private var missing: [[[Double]]] = []
    static let maximumBlock = 4

    public init(source: [[Anchor]], target: [[Anchor]], model: AnchorModel) {
        var interned: [String: UInt32] = [:]
        func intern(_ anchors: [Anchor]) -> Sentence {
            var sentence = Sentence()
            for anchor in anchors {
                let ids = anchor.keys.map { key -> UInt32 in
                    let name = "\(anchor.kind.rawValue)\u{1}\(key)"
                    if let id = interned[name] { return id }
                    let id = UInt32(interned.count)
                    interned[name] = id
                    return id
                }
                sentence.kinds.append(UInt8(anchor.kind.rawValue))
                sentence.keys.append(ids)
            }
            sentence.allKeys = Array(Set(sentence.keys.joined())).sorted()
            return sentence
        }
        self.source = source.map(intern)
        self.target = target.map(intern)
        self.model = model
        self.setCosts()
    }

    private mutating func setCosts() {
        func chance(_ q: Double, _ k: Int) -> Double { 1 - pow(1 - q, Double(k)) }
        found = [model.source, model.target].map { side in
            (0...Self.maximumBlock).map { k in side.map { k == 0 ? 0 : -log($0.found / max(chance($0.random, k), 1e-9)) } }
        }
        missing = [model.source, model.target].map { side in
            (0...Self.maximumBlock).map { k in side.map { k == 0 ? 0 : -log((1 - $0.found) / max(1 - chance($0.random, k), 1e-9)) } }
        }
    }

    public func cost(source s: Range<Int>, target t: Range<Int>) -> Double {
        if s.isEmpty || t.isEmpty { return 0 }
        var total = 0.0
        let found0 = found[0][min(t.count, Self.maximumBlock)], missing0 = missing[0][min(t.count, Self.maximumBlock)]
        let found1 = found[1][min(s.count, Self.maximumBlock)], missing1 = missing[1][min(s.count, Self.maximumBlock)]
        for i in s {
            let sentence = source[i]
            for (a, keys) in sentence.keys.enumerated() {
                let kind = Int(sentence.kinds[a])
                total += Self.present(keys, in: target, t) ? found0[kind] : missing0[kind]
            }
        }
        for j in t {
            let sentence = target[j]
            for (a, keys) in sentence.keys.enumerated() {
                let kind = Int(sentence.kinds[a])
                total += Self.present(keys, in: source, s) ? found1[kind] : missing1[kind]
            }
        }
        return total / 2
    }

    /// Which anchors of a sentence pair are found on the other side, counted per kind:
    /// (anchors, found) for source and target. Used to estimate the model.
    func counts(source i: Int, target j: Int, into tally: inout AnchorTally) {
        for (a, keys) in source[i].keys.enumerated() {
            tally.add(side: 0, kind: Int(source[i].kinds[a]), found: Self.present(keys, in: target, j..<(j + 1)))
        }
        for (a, keys) in target[j].keys.enumerated() {
            tally.add(side: 1, kind: Int(target[j].kinds[a]), found: Self.present(keys, in: source, i..<(i + 1)))
        }
    }

    static func present(_ keys: [UInt32], in sentences: [Sentence], _ range: Range<Int>) -> Bool {
        for k in range {
            let all = sentences[k].allKeys
            for key in keys where binarySearch(all, key) { return true }
        }
        return false
    }

    static func binarySearch(_ array: [UInt32], _ value: UInt32) -> Bool {
        var low = 0, high = array.count
        while low < high {
            let mid = (low + high) / 2
            if array[mid] < value { low = mid + 1 } else if array[mid] > value { high = mid } else { return true }
        }
        return false
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

    /// Bounds on estimated rates, so that no single anchor decides a bead on its own.
    static let rateRange = 0.01...0.95
    /// Fewest anchors of a kind needed to estimate its rates from the texts.
    static let minimumObservations = 8

    /// Rates re-estimated from sentence pairs believed aligned and pairs believed not, with
    /// add-one smoothing toward the prior; a kind whose anchors are found no more often in
    /// translations than at random gets no weight.
    func reestimated(aligned: AnchorTally, random: AnchorTally) -> AnchorModel {
        var model = self
        for side in 0..<2 {
            for kind in AnchorKind.allCases.map(\.rawValue) {
                let n = aligned.total[side][kind], r = random.total[side][kind]
                guard n >= Self.minimumObservations, r >= Self.minimumObservations else { continue }
                let prior = side == 0 ? source[kind] : target[kind]
                var p = (Double(aligned.found[side][kind]) + prior.found) / (Double(n) + 1)
                var q = (Double(random.found[side][kind]) + prior.random) / (Double(r) + 1)
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
