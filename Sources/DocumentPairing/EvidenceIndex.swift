#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Alignment

/// Candidate translations without comparing every pair: an inverted index of the evidence keys
/// the two sides share, each key weighted by its rarity (inverse document frequency over both
/// sides) and its kind. Two documents' similarity is the cosine of their weighted key sets,
/// counting only keys the other side has at all (a Korean report's many skeletons that no
/// English report shares do not dilute it), times how well their lengths agree.
///
/// Only rare keys are posted (`maximumPostings`): a key in a large share of the documents
/// ("2011", a month) would make every pair a candidate and tells translations from neighbours
/// nothing; it still counts in the norms.
struct EvidenceIndex {
    /// Per side, per document: (key id, weight) of its shared keys.
    let vectors: [[[(Int, Double)]]]
    let norms: [[Double]]
    /// Per side, per key id: the documents of that side holding it (rare keys only).
    let postings: [[[Int32]]]
    /// Per side, per document: its length (characters other than white space).
    let lengths: [[Double]]
    /// Target length over source length, over the collection (the median over documents).
    let lengthRatio: Double
    /// Per side, the documents by length.
    let byLength: [[Int]]

    /// A key posted in more documents of a side than this is left out of the search.
    static func maximumPostings(documents: Int) -> Int { max(20, documents / 50) }
    /// Spread of log(target length / source length) around the collection's ratio for a
    /// translation: adaptations drop or add paragraphs.
    static let lengthSpread = 0.6

    init(source: [PairingDocument], target: [PairingDocument]) {
        var ids: [UInt64: Int] = [:]
        // Key ids for keys on both sides.
        var sourceKeys = Set<UInt64>()
        for document in source { sourceKeys.formUnion(document.evidence.keys) }
        var shared = Set<UInt64>()
        for document in target { for key in document.evidence.keys where sourceKeys.contains(key) { shared.insert(key) } }
        for key in shared.sorted() { ids[key] = ids.count }
        var frequency = [[Int](repeating: 0, count: ids.count), [Int](repeating: 0, count: ids.count)]
        let sides = [source, target]
        for side in 0..<2 {
            for document in sides[side] { for key in document.evidence.keys { if let id = ids[key] { frequency[side][id] += 1 } } }
        }
        let total = Double(source.count + target.count)
        var weight = [Double](repeating: 0, count: ids.count)
        for (key, id) in ids {
            let idf = log(total / Double(frequency[0][id] + frequency[1][id]))
            weight[id] = idf * (EvidenceKind.of(key)?.weight ?? 1)
        }
        var vectors: [[[(Int, Double)]]] = [[], []], norms: [[Double]] = [[], []], postings: [[[Int32]]] = [[], []]
        for side in 0..<2 {
            let limit = Self.maximumPostings(documents: sides[side].count)
            postings[side] = [[Int32]](repeating: [], count: ids.count)
            for (d, document) in sides[side].enumerated() {
                let vector = document.evidence.keys.compactMap { key in ids[key].map { ($0, weight[$0]) } }
                vectors[side].append(vector)
                norms[side].append(vector.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot())
                for (id, _) in vector where frequency[side][id] <= limit { postings[side][id].append(Int32(d)) }
            }
        }
        self.vectors = vectors
        self.norms = norms
        self.postings = postings
        lengths = sides.map { $0.map { Double(max($0.length, 1)) } }
        byLength = lengths.map { side in side.indices.sorted { side[$0] < side[$1] } }
        lengthRatio = lengths[0].isEmpty || lengths[1].isEmpty ? 1 : median(lengths[1]) / median(lengths[0])
    }

    /// The `count` most similar documents of the other side to document `d` of `side`
    /// (0 source, 1 target), with their similarity, best first; `allowed` filters (date window).
    func nearest(side: Int, document d: Int, count: Int, allowed: (Int) -> Bool) -> [(Int, Double)] {
        let other = 1 - side
        var dots: [Int: Double] = [:]
        for (id, w) in vectors[side][d] {
            for e in postings[other][Int(id)] { dots[Int(e), default: 0] += w * w }
        }
        var scored: [(Int, Double)] = []
        for (e, dot) in dots where allowed(e) {
            let cosine = dot / max(norms[side][d] * norms[other][e], 1e-9)
            scored.append((e, cosine * lengthAgreement(side == 0 ? (d, e) : (e, d))))
        }
        scored.sort { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        if scored.count < count {
            // Too little shared evidence (a transcript without names or numbers): the nearest
            // lengths fill in, at no similarity; the aligner decides.
            let have = Set(scored.map(\.0))
            scored += nearestLengths(side: side, document: d, count: count - scored.count) { !have.contains($0) && allowed($0) }.map { ($0, 0) }
        }
        return Array(scored.prefix(count))
    }

    /// Documents of the other side whose length is closest to what a translation of document d
    /// would have.
    func nearestLengths(side: Int, document d: Int, count: Int, allowed: (Int) -> Bool) -> [Int] {
        let other = 1 - side
        let expected = side == 0 ? lengths[0][d] * lengthRatio : lengths[1][d] / lengthRatio
        let sorted = byLength[other]
        var high = sorted.partitioningIndex(where: { lengths[other][$0] >= expected }), low = high - 1
        var result: [Int] = []
        while result.count < count && (low >= 0 || high < sorted.count) {
            let takeHigh = low < 0 || (high < sorted.count && lengths[other][sorted[high]] / expected < expected / lengths[other][sorted[low]])
            let e = takeHigh ? sorted[high] : sorted[low]
            if takeHigh { high += 1 } else { low -= 1 }
            if allowed(e) { result.append(e) }
        }
        return result
    }

    /// How well two lengths agree with the collection's ratio, in (0, 1].
    func lengthAgreement(_ pair: (source: Int, target: Int)) -> Double {
        let x = log(lengths[1][pair.target] / lengths[0][pair.source] / lengthRatio) / Self.lengthSpread
        return exp(-x * x / 2)
    }
}

extension Array {
    /// The first index whose element satisfies `belongs` (which holds for a suffix).
    func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if belongs(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
