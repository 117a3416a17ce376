public import CorpusModel
import Dispatch
import LanguageProfiles

/// Rosetta's sentence aligner: length and anchor evidence, estimated from the two texts, in two
/// passes (after hunalign's realign, with Gale & Church's lengths and Moore's idea of learning
/// from the confident part of a first alignment).
///
/// 1. Anchors are found in every sentence (`AnchorSource`s: numbers and dates, punctuation,
///    cognates, names, the `--dict` dictionary).
/// 2. First pass: prior length and anchor models, a band around the diagonal (widened until the
///    path stays clear of its sides).
/// 3. From the 1-1 beads of the first pass: the length ratio and variance are fitted, the anchor
///    rates are re-estimated (against the same sentences paired at random), and a dictionary is
///    learned.
/// 4. Second pass: the fitted models plus the learned words, in a narrow band around the first
///    path. Every bead gets a confidence (`BeadConfidence`); links weaker than leaving their
///    sentences unlinked are split into one-sided beads.
/// 5. Each link's score becomes the probability that it is a translation: stretches of links
///    that look like chance pairings (comparable text, written apart) are unlinked
///    (`TranslationRegions`).
///
/// Not Sendable (its anchor sources cache transliterations): make one per task.
public final class EvidenceAligner {
    public var shapes = BeadShape.standard
    public var dictionary: BilingualDictionary?
    /// Learn a dictionary from the first pass (hunalign's realign).
    public var learnsDictionary = true
    /// Anchor kinds switched off (for measurement).
    public var disabledKinds: Set<AnchorKind> = []
    public var sourceLanguage: LanguageTag
    public var targetLanguage: LanguageTag
    /// How likely the two texts are to be translations before their links are seen: a pair a
    /// user gives the aligner is meant to be one; a candidate pair of `DocumentPairing` is a
    /// question (`TranslationRegions`).
    public var translationPrior = EvidenceAligner.defaultTranslationPrior
    public static let defaultTranslationPrior = 0.9
    /// Links that a length-only path also makes are read without the DP's selection discount
    /// (`TranslationRegions.unselectedLinks`): right for a pair given as a translation, where
    /// weak evidence (verses, literature) would otherwise read as chance.
    public var sparesLengthAgreedLinks = true
    /// Extra anchor sources (both sides), e.g. better name keys.
    public var extraSources: [any AnchorSource] = []
    let cognates: CognateAnchors
    let names: NameAnchors
    /// The anchor rates the first pass starts from: the profiles' `evidence`, else `AnchorModel.prior`.
    let priorModel: AnchorModel

    /// Band half-width of the second pass, around the first path (6 and 10 gave the same beads
    /// on the development set and its joined documents; 6 is 40 % fewer cells).
    static let secondPassRadius = 6
    /// First-pass band half-width: √n / 2, between these bounds, doubled while the path touches
    /// a side of the band. (2·√n, and a floor of 20, gave the same beads on the development set,
    /// joined documents included, at up to twice the time: the widening catches a path the band
    /// cuts off.)
    static let firstPassRadius = 12...300
    static let firstPassRadiusPerRoot = 0.5
    static let bandWidenings = 3
    /// Lattice cells up to which the first pass uses every anchor kind: documents of up to
    /// ~5,000 sentences. A better first path means better fitted models (joined dev documents:
    /// ru-ko 0.970 -> 0.978, en-ru 0.993 -> 0.994, en-ko 0.988 -> 0.985); the narrower bands
    /// pay for it.
    static let fullFirstPassCells = 125_000
    /// Anchor kinds of the first pass on long documents.
    static let firstPassKinds: Set<AnchorKind> = [.number, .month, .punctuation, .dictionary]

    public init(sourceLanguage: LanguageTag, targetLanguage: LanguageTag, dictionary: BilingualDictionary? = nil) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        // A language without a profile is aligned by lengths and language-neutral anchors (said once).
        _ = LanguageProfiles.profileOrNotice(for: sourceLanguage)
        _ = LanguageProfiles.profileOrNotice(for: targetLanguage)
        // The profiles' shared lexicon seeds every alignment of two profiled languages.
        let seed = BilingualDictionary.ofProfiles(sourceLanguage, targetLanguage)
        self.dictionary = seed.map { dictionary?.merged(with: $0) ?? $0 } ?? dictionary
        priorModel = AnchorModel.prior(source: sourceLanguage, target: targetLanguage)
        cognates = CognateAnchors()
        names = NameAnchors()
    }

    /// Aligns two lists of sentences; every sentence is in exactly one bead, in order.
    public func align(source: [Substring], target: [Substring]) -> [Bead] {
        let n = source.count, m = target.count
        // One side empty: every sentence stands alone, surely.
        if n == 0 || m == 0 { return (0..<n).map { Bead(source: [$0], target: [], score: 1) } + (0..<m).map { Bead(source: [], target: [$0], score: 1) } }
        // Word stems for dictionary learning, found with the anchors (on the same threads).
        let learning = learnsDictionary && !disabledKinds.contains(.learned) && min(n, m) >= DictionaryLearning.minimumBeads
        let found = anchorsOfBothSides(source, target, stems: learning)
        return align(source, target, anchors: (found.0, found.1), stems: (found.2, found.3), learning: learning)
    }

    /// Aligns two texts whose anchors were found beforehand (`AnchorExtractor`): a document
    /// aligned against several candidates has its anchors found once. The dictionary's anchors
    /// and the extra sources' are added here.
    public func align(_ source: AnchoredText, _ target: AnchoredText) -> [Bead] {
        let n = source.sentences.count, m = target.sentences.count
        if n == 0 || m == 0 { return (0..<n).map { Bead(source: [$0], target: [], score: 1) } + (0..<m).map { Bead(source: [], target: [$0], score: 1) } }
        var sourceAnchors = source.anchors, targetAnchors = target.anchors
        var sourceRest = extraSources, targetRest = extraSources
        if let sources = dictionary?.cachedAnchors() {
            sourceRest.append(sources.source)
            targetRest.append(sources.target)
        }
        if !sourceRest.isEmpty {
            let s = Self.anchors(source.sentences, language: sourceLanguage, sources: sourceRest, disabled: disabledKinds)
            let t = Self.anchors(target.sentences, language: targetLanguage, sources: targetRest, disabled: disabledKinds)
            for i in 0..<n { sourceAnchors[i] += s[i] }
            for j in 0..<m { targetAnchors[j] += t[j] }
        }
        if !disabledKinds.isEmpty {
            for i in 0..<n { sourceAnchors[i].removeAll { disabledKinds.contains($0.kind) } }
            for j in 0..<m { targetAnchors[j].removeAll { disabledKinds.contains($0.kind) } }
        }
        let learning = learnsDictionary && !disabledKinds.contains(.learned) && min(n, m) >= DictionaryLearning.minimumBeads
            && source.stems.count == n && target.stems.count == m
        return align(source.sentences, target.sentences, anchors: (sourceAnchors, targetAnchors), stems: (source.stems, target.stems), learning: learning)
    }

    /// The two passes, given each sentence's anchors (and word stems, when `learning`).
    func align(_ source: [Substring], _ target: [Substring], anchors: ([[Anchor]], [[Anchor]]), stems: ([[UInt64]], [[UInt64]]), learning: Bool) -> [Bead] {
        let n = source.count, m = target.count
        let sourceLines = LineScalars(source), targetLines = LineScalars(target)
        let sourceLengths = sourceLines.lengths(), targetLengths = targetLines.lengths()
        var (sourceAnchors, targetAnchors) = anchors
        let (sourceStems, targetStems) = stems

        let boundaries = BoundaryCost(source: sourceLines, target: targetLines)
        let boilerplate = BoilerplateCost(source: source, target: target, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        // First pass.
        let dp = SentenceAligner(shapes: shapes)
        // The first pass leaves out beads of two or more lines a side (2-2, prior 0.002): it only
        // finds the path the models are fitted to and the second band follows, and on the
        // development set those came out the same without them (same beads, dev and joined), in
        // a fifth less time.
        let firstPass = SentenceAligner(shapes: shapes.filter { $0.source < 2 || $0.target < 2 })
        let widestBlock = shapes.map { max($0.source, $0.target) }.max() ?? 1
        var lengthModel = LengthModel.guess(sourceLengths: sourceLengths, targetLengths: targetLengths)
        // Documents of a band up to `fullFirstPassCells` take every anchor kind in the first pass;
        // on longer ones the cheap, sure anchors (numbers, dates, punctuation) keep it fast.
        let everything = (n + 1) * (2 * Self.firstPassRadius.lowerBound + 1) <= Self.fullFirstPassCells
        let cheap = { (anchors: [Anchor]) in everything ? anchors : anchors.filter { Self.firstPassKinds.contains($0.kind) } }
        var anchorCost = AnchorCost(source: sourceAnchors.map(cheap), target: targetAnchors.map(cheap), model: priorModel)
        var cost = CombinedCost(length: LengthCost(sourceLengths: sourceLengths, targetLengths: targetLengths, ratio: lengthModel.ratio, variance: lengthModel.variance), anchors: anchorCost, boundaries: boundaries, boilerplate: boilerplate)
        var radius = min(max(Int(Self.firstPassRadiusPerRoot * Double(max(n, m)).squareRoot()), Self.firstPassRadius.lowerBound),
                         Self.firstPassRadius.upperBound)
        var band = Band.diagonal(sourceCount: n, targetCount: m, radius: radius)
        cost.tabulate(band: band, block: widestBlock)
        var path = firstPass.traceback(band: band, moves: firstPass.fillLattice(band: band, cost: cost))
        for _ in 0..<Self.bandWidenings where band.touchesSide(points(path), margin: 2) && radius < max(n, m) {
            radius *= 2
            band = Band.diagonal(sourceCount: n, targetCount: m, radius: radius)
            cost.tabulate(band: band, block: widestBlock)
            path = firstPass.traceback(band: band, moves: firstPass.fillLattice(band: band, cost: cost))
        }

        lastFirstPassRadius = radius
        let firstBand = band
        // Learn from the 1-1 beads of the first pass.
        let confident = path.filter { $0.0.isSubstitution }.map { ($0.1 - 1, $0.2 - 1) }
        lengthModel = lengthModel.fitted(to: confident.map { (sourceLengths[$0.0], targetLengths[$0.1]) })
        if learning && confident.count >= DictionaryLearning.minimumBeads {
            let learned = DictionaryLearning.learn(stemPairs: confident.map { (sourceStems[$0.0], targetStems[$0.1]) })
            if learned.count > 0 {
                let s = learned.anchors(side: .source), t = learned.anchors(side: .target)
                for i in 0..<n { sourceAnchors[i] += s.anchors(stems: sourceStems[i]) }
                for j in 0..<m { targetAnchors[j] += t.anchors(stems: targetStems[j]) }
            }
        }
        anchorCost = AnchorCost(source: sourceAnchors, target: targetAnchors, model: priorModel)
        var aligned = AnchorTally(), random = AnchorTally()
        for (k, pair) in confident.enumerated() {
            anchorCost.counts(source: pair.0, target: pair.1, into: &aligned)
            // The same sentences against a target three beads away: what chance alone finds.
            anchorCost.counts(source: pair.0, target: confident[(k + 3) % confident.count].1, into: &random)
        }
        anchorCost = anchorCost.with(model: priorModel.reestimated(aligned: aligned, random: random))
        cost = CombinedCost(length: LengthCost(sourceLengths: sourceLengths, targetLengths: targetLengths, ratio: lengthModel.ratio, variance: lengthModel.variance), anchors: anchorCost, boundaries: boundaries, boilerplate: boilerplate)
        lastModels = (lengthModel, anchorCost.model)

        // Second pass, around the first path.
        band = Band.around(path: points(path), sourceCount: n, targetCount: m, radius: Self.secondPassRadius)
        cost.tabulate(band: band, block: widestBlock)
        let steps = dp.traceback(band: band, moves: dp.fillLattice(band: band, cost: cost))
        let scored = BeadConfidence(cost: cost, shapes: shapes).beads(from: steps)
        // Links in stretches that read as chance pairings rather than translation are unlinked.
        var regions = TranslationRegions(anchors: anchorCost, chance: random, sourceLengths: sourceLengths, targetLengths: targetLengths,
                                         lengthModel: lengthModel)
        regions.initialShare = translationPrior
        // Links the length model alone also makes were not chosen for their anchors.
        if sparesLengthAgreedLinks {
            let lengthOnly = LengthCost(sourceLengths: sourceLengths, targetLengths: targetLengths, ratio: lengthModel.ratio, variance: lengthModel.variance)
            regions.unselectedLinks = Set(dp.traceback(band: firstBand, moves: dp.fillLattice(band: firstBand, cost: lengthOnly)).map { shape, i, j in
                TranslationRegions.LinkBlocks(source: (i - shape.source)..<i, target: (j - shape.target)..<j)
            })
        }
        return regions.apply(to: scored)
    }

    /// The band half-width the last first pass ended with.
    public private(set) var lastFirstPassRadius = 0
    /// The models the last alignment used in its second pass (for reports and tests).
    public private(set) var lastModels: (length: LengthModel, anchors: AnchorModel)?

    /// Aligns document texts (sentence slices of `Document`s).
    public func align(_ source: Document, _ target: Document) -> [Bead] {
        align(source: source.sentenceTexts, target: target.sentenceTexts)
    }

    /// Sentences (both sides together) from which anchors are found on two threads: finding them
    /// is a third of the work, and a second name keyer (an ICU transform) costs more than a
    /// short document.
    static let parallelSentences = 300
    /// The second thread's cognate and name finders (their caches are not shared across threads).
    private lazy var targetCognates = CognateAnchors()
    private lazy var targetNames = NameAnchors()

    /// Both sides' anchors, and (with `stems`) their word stems for `DictionaryLearning`.
    func anchorsOfBothSides(_ source: [Substring], _ target: [Substring], stems: Bool = false)
        -> ([[Anchor]], [[Anchor]], [[UInt64]], [[UInt64]]) {
        let (sourceLanguage, targetLanguage, disabled) = (self.sourceLanguage, self.targetLanguage, disabledKinds)
        // Numbers, punctuation, cognates and names on two threads (see `AnchorFinders`); extra
        // sources and the dictionary (the caller's objects) afterwards, here.
        let parallel = source.count + target.count >= Self.parallelSentences
        let finders = parallel ? AnchorFinders(cognates: [cognates, targetCognates], names: [names, targetNames])
            : AnchorFinders(cognates: [cognates], names: [names])
        let found = finders.find([(source, sourceLanguage), (target, targetLanguage)], disabled: disabled, stems: stems,
                                 threads: parallel ? 2 : 1)
        let (sourceFound, targetFound) = (found[0], found[1])
        var (sourceAnchors, targetAnchors) = (sourceFound.anchors, targetFound.anchors)
        var sourceRest = extraSources, targetRest = extraSources
        if let sources = dictionary?.cachedAnchors() {
            sourceRest.append(sources.source)
            targetRest.append(sources.target)
        }
        if !sourceRest.isEmpty {
            let s = Self.anchors(source, language: sourceLanguage, sources: sourceRest, disabled: disabled)
            let t = Self.anchors(target, language: targetLanguage, sources: targetRest, disabled: disabled)
            for i in source.indices { sourceAnchors[i] += s[i] }
            for j in target.indices { targetAnchors[j] += t[j] }
        }
        return (sourceAnchors, targetAnchors, sourceFound.stems, targetFound.stems)
    }

    static func anchors(_ sentences: [Substring], language: LanguageTag, sources: [any AnchorSource], disabled: Set<AnchorKind>) -> [[Anchor]] {
        sentences.map { sentence in
            sources.flatMap { $0.anchors(in: sentence, language: language) }.filter { !disabled.contains($0.kind) }
        }
    }

    /// Every lattice point a path passes through, with the corners of each bead.
    func points(_ steps: [(BeadShape, Int, Int)]) -> [(Int, Int)] {
        var result = [(0, 0)]
        for (shape, i, j) in steps {
            if shape.source > 1 { result.append((i - 1, j)) }
            result.append((i, j))
        }
        return result
    }
}

