import Alignment
public import CorpusModel

/// Finds the translation pairs between the documents of two languages (document alignment):
///
/// 1. candidates: for each document, the few most similar documents of the other side by shared
///    rare evidence (`EvidenceIndex`: numbers, dates, names, cognates, Latin tokens, length),
///    within the date window when both dates are known; never all pairs;
/// 2. re-scoring: each candidate pair is aligned sentence by sentence (`EvidenceAligner`), and
///    its score is the share of both documents' sentences in links that are likely
///    translations (link scores are probabilities, `TranslationRegions`): a translation keeps
///    order and links nearly every sentence; a report on the same event written apart shares
///    names and numbers but few sentences link;
/// 3. a one-to-one assignment, best score first; pairs under `minimumScore` are left out, and
///    their documents are orphans.
///
/// The score means the same in every language pair (a share of sentences), so one threshold
/// serves them all.
public struct DocumentPairer {
    public var sourceLanguage: LanguageTag
    public var targetLanguage: LanguageTag
    /// Pairs scoring under this are not made.
    public var minimumScore = DocumentPairer.defaultMinimumScore
    /// Candidates kept per document, in each direction, for re-scoring.
    public var candidatesPerDocument = 3
    /// Days two dated documents may lie apart and still be candidates (wire copy is translated
    /// within days); nil for no window. Undated documents are always candidates.
    public var window: Int? = 3
    public var threads = ParallelWork.defaultThreads
    /// Called with (step, done, total) as the work goes on.
    public var progress: @Sendable (String, Int, Int) -> Void = { _, _, _ in }

    public static let defaultMinimumScore = 0.5
    /// A candidate is a question, not a translation a user vouches for: even odds before its
    /// links are seen (`EvidenceAligner.translationPrior`).
    static let translationPrior = 0.5

    public init(sourceLanguage: LanguageTag, targetLanguage: LanguageTag) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
    }

    /// A scored candidate pair, with the beads its score came from.
    public struct Candidate: Sendable {
        public var source: Int
        public var target: Int
        /// Similarity of the evidence (cosine × length agreement), 0…1.
        public var similarity: Double
        /// Share of the two documents' sentences in links likely to be translations, 0…1.
        public var score: Double
        public var beads: [Bead]
    }

    public struct Result: Sendable {
        /// The pairs made, best first.
        public var pairs: [Candidate] = []
        /// Every candidate re-scored, per source document, best first.
        public var candidates: [[Candidate]] = []
        public var sourceOrphans: [Int] = []
        public var targetOrphans: [Int] = []
    }

    public func pair(source: [PairingDocument], target: [PairingDocument]) -> Result {
        let index = EvidenceIndex(source: source, target: target)
        let window = self.window
        func inWindow(_ a: PairingDocument, _ b: PairingDocument) -> Bool {
            guard let window, let x = a.date, let y = b.date else { return true }
            return abs(x.value - y.value) <= window
        }
        // Candidates from both directions.
        var similarity: [Pair: Double] = [:]
        for (d, document) in source.enumerated() {
            for (e, s) in index.nearest(side: 0, document: d, count: candidatesPerDocument, allowed: { inWindow(document, target[$0]) }) {
                similarity[Pair(source: d, target: e)] = s
            }
        }
        for (e, document) in target.enumerated() {
            for (d, s) in index.nearest(side: 1, document: e, count: candidatesPerDocument, allowed: { inWindow(source[$0], document) }) {
                similarity[Pair(source: d, target: e)] = s
            }
        }
        let pairs = similarity.keys.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
        let similarities = similarity
        progress("candidates", pairs.count, pairs.count)

        // Re-scored by the sentence aligner, on every core.
        let (s, t) = (sourceLanguage, targetLanguage)
        let progress = self.progress
        let total = pairs.count
        let prior = Self.translationPrior
        let scored = ParallelWork.map(pairs.count, threads: threads, state: { () -> EvidenceAligner in
            let aligner = EvidenceAligner(sourceLanguage: s, targetLanguage: t)
            aligner.translationPrior = prior
            // Unrelated candidates of similar shape give near-diagonal paths that a length-only
            // path agrees with: no evidence of translation when translation is the question.
            aligner.sparesLengthAgreedLinks = false
            // Nor does the profiles' lexicon of common words: reports written apart about one
            // event share it (the sample collection's comparable reports then pair up).
            aligner.dictionary = nil
            // A share of linked sentences asks for no 1-3 beads (measured: they cost the dev
            // collections' en-ru recall a pair).
            aligner.shapes = BeadShape.standard.filter { max($0.source, $0.target) < 3 }
            return aligner
        }) { aligner, k in
            let pair = pairs[k]
            let beads = aligner.align(source[pair.source].text, target[pair.target].text)
            progress("aligned", k + 1, total)
            return Candidate(source: pair.source, target: pair.target, similarity: similarities[pair] ?? 0,
                             score: Self.linkedShare(beads), beads: beads)
        }

        var result = Result()
        result.candidates = [[Candidate]](repeating: [], count: source.count)
        for candidate in scored { result.candidates[candidate.source].append(candidate) }
        for d in result.candidates.indices { result.candidates[d].sort { $0.score > $1.score } }
        // One to one, best first.
        var sourceTaken = [Bool](repeating: false, count: source.count), targetTaken = [Bool](repeating: false, count: target.count)
        for candidate in scored.sorted(by: { ($0.score, -$0.source, -$0.target) > ($1.score, -$1.source, -$1.target) })
        where candidate.score >= minimumScore && !sourceTaken[candidate.source] && !targetTaken[candidate.target] {
            sourceTaken[candidate.source] = true
            targetTaken[candidate.target] = true
            result.pairs.append(candidate)
        }
        result.sourceOrphans = sourceTaken.indices.filter { !sourceTaken[$0] }
        result.targetOrphans = targetTaken.indices.filter { !targetTaken[$0] }
        return result
    }

    /// The share of both sides' sentences in links, each link counted by its score (the
    /// probability that it is a translation): 0…1.
    public static func linkedShare(_ beads: [Bead]) -> Double {
        var linked = 0.0, sentences = 0
        for bead in beads {
            sentences += bead.source.count + bead.target.count
            if !bead.source.isEmpty && !bead.target.isEmpty && (bead.score ?? 0) >= BeadConfidence.minimumLink {
                linked += Double(bead.source.count + bead.target.count) * (bead.score ?? 1)
            }
        }
        return sentences == 0 ? 0 : linked / Double(sentences)
    }

    struct Pair: Hashable { let source: Int, target: Int }
}
