#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CorpusModel

/// Which stretches of an alignment are translation, and so what each link's score means: the
/// probability that the link is a translation.
///
/// Two language versions of a wire report may be translations, comparable texts written apart
/// about the same event, or a translation with paragraphs one side added. The DP links what it
/// can either way (a one-sided bead is rare in a translation, so its prior is small); in text
/// written apart that means linking sentences that merely sit side by side. So the links along
/// the path are read by a two-state hidden Markov model, translation (T) and chance (C):
///
/// - each link emits its evidence with likelihood ratio L = P(evidence | T) / P(evidence | C):
///   its anchors (found again or not; translation rates as translations have them, chance rates
///   as this document pair has them at random offsets) and its length (Gale–Church as fitted,
///   against lines drawn from the document);
/// - the state is sticky: a translation keeps order, so a region of translation or of chance
///   runs over many links (`switchProbability`); one-sided beads emit nothing.
///
/// Forward–backward gives P(T) for each link. The translation rates are re-estimated from the
/// links weighted by P(T), smoothed toward `AnchorModel.prior` (EM); the chance rates are
/// measured, never learned from the path (the path is chosen to find anchors, so its links find
/// more than chance would even in unrelated text; see `selection` and `minimumLift`).
///
/// A link's score is then P(T) times its bead confidence (right given that the region is
/// translation); a link under `BeadConfidence.minimumLink` is split into one-sided beads.
struct TranslationRegions {
    let anchors: AnchorCost
    /// Anchors found at random offsets (`EvidenceAligner`): chance rates.
    let chance: AnchorTally
    let sourceLengths: [Int]
    let targetLengths: [Int]
    let lengthModel: LengthModel

    /// The source and target blocks of a link.
    struct LinkBlocks: Hashable {
        let source: Range<Int>
        let target: Range<Int>
    }
    /// Links that a path blind to anchors (lengths only) makes too: their anchors were not
    /// selected by the DP, so no `selection` discount applies to them, in a document that reads
    /// as translation for the most part. Where evidence is weak (verses, literature) this keeps a
    /// run of links that both paths agree on from reading as chance only because each was, in
    /// principle, picked for its anchors.
    var unselectedLinks: Set<LinkBlocks> = []

    /// P(T) of the first link before it is seen (`EvidenceAligner.translationPrior`).
    var initialShare = EvidenceAligner.defaultTranslationPrior
    /// Probability that the next link starts a region of the other kind: regions run for about
    /// 1 / p links, and a single link needs strong evidence to leave its neighbours' kind.
    static let switchProbability = 0.005
    /// Anchors the prior rate of a kind counts as (as in `AnchorModel.reestimated`).
    static let priorAnchors = AnchorModel.priorObservations
    static let iterations = 8
    /// The DP chose each link among its neighbours: a chance link is the best of about
    /// `selection` pairings, so its evidence is that much likelier under chance than a random
    /// pairing's (the density of the best of s draws is at most s times one draw's).
    static let selection = 1.5
    static let selectionLogRatio = log(selection)
    /// A translation finds each kind of anchor at least this many times as often as chance does;
    /// a path that finds them less often is chance (the DP's choice among neighbouring sentences
    /// alone lifts what chance finds two or three times).
    static let minimumLift = 2.0
    /// Sentence lengths in prose vary by about half their mean (standard deviation over mean);
    /// that prior counts as this many lines.
    static let typicalLineSpread = 0.5
    static let spreadPriorLines = 10.0
    /// Bounds on a link's length log-ratio. One odd length does not decide alone; and a length
    /// that fits supports translation only a little, since the DP chose the link (merging
    /// lines where it helps) so that lengths fit: in unrelated texts most links fit well.
    static let lengthBound = 10.0
    static let lengthSupport = 1.0

    /// The length log-ratio of a bead: the target block's length under the fitted Gale–Church
    /// model, against k lines drawn from the target document (normal, with its mean and variance).
    func lengthLogRatio(_ s: Range<Int>, _ t: Range<Int>, lineMean: Double, lineVariance: Double) -> Double {
        let ls = Double(s.reduce(0) { $0 + sourceLengths[$1] }), lt = Double(t.reduce(0) { $0 + targetLengths[$1] })
        // Never wider than Gale–Church's: an unfitted guess (short documents) or a fit to chance
        // links would make any length look like a translation's.
        let c = lengthModel.ratio, v = min(lengthModel.variance, LengthModel.galeChurchVariance * c)
        let mean = max((ls + lt / c) / 2, 1)
        let delta = (lt - c * ls) / (v * mean).squareRoot()
        let translation = -delta * delta / 2 - 0.5 * log(v * mean)
        let k = Double(t.count), d = lt - k * lineMean
        let chance = -d * d / (2 * k * lineVariance) - 0.5 * log(k * lineVariance)
        return min(max(translation - chance, -Self.lengthBound), Self.lengthSupport)
    }

    /// The beads with every link's score made P(T) × confidence, and the links under
    /// `BeadConfidence.minimumLink` split into one-sided beads.
    func apply(to beads: [Bead]) -> [Bead] {
        let links = beads.indices.filter { !beads[$0].source.isEmpty && !beads[$0].target.isEmpty }
        guard !links.isEmpty, !targetLengths.isEmpty else { return beads }
        let shares = translationShares(links.map { k in
            (beads[k].source[0]..<(beads[k].source[beads[k].source.count - 1] + 1),
             beads[k].target[0]..<(beads[k].target[beads[k].target.count - 1] + 1))
        })
        var result: [Bead] = []
        var next = 0
        for (k, bead) in beads.enumerated() {
            guard next < links.count, links[next] == k else {
                result.append(bead)
                continue
            }
            let score = shares[next] * (bead.score ?? 1)
            next += 1
            if score < BeadConfidence.minimumLink {
                result += bead.unlinked(score: 1 - score)
            } else {
                result.append(Bead(source: bead.source, target: bead.target, score: score))
            }
        }
        return result
    }

    /// P(T) for each link (source and target blocks, in path order).
    func translationShares(_ ranges: [(Range<Int>, Range<Int>)]) -> [Double] {
        let lineMean = Double(targetLengths.reduce(0, +)) / Double(targetLengths.count)
        // The spread of line lengths, smoothed toward a typical one: a short document's few lines
        // say little about it, and a spread too narrow would make chance explain any length.
        let squares = targetLengths.reduce(0.0) { $0 + (Double($1) - lineMean) * (Double($1) - lineMean) }
        let typical = Self.typicalLineSpread * lineMean * Self.typicalLineSpread * lineMean
        let lineVariance = max((squares + Self.spreadPriorLines * typical) / (Double(targetLengths.count) + Self.spreadPriorLines), 1)
        let tallies = ranges.map { anchors.tally(source: $0.0, target: $0.1) }
        let lengths = ranges.map { lengthLogRatio($0.0, $0.1, lineMean: lineMean, lineVariance: lineVariance) }
        func shares(selection: [Double]) -> [Double] {
            // EM starts from every link taken as translation: the rates the path finds.
            var shares = [Double](repeating: 1, count: ranges.count)
            var model = Self.translationRates(Self.chanceModel(chance), tallies: tallies, weights: shares)
            for _ in 0..<Self.iterations {
                let (found, missing) = AnchorCost.costs(model)
                let logRatios = ranges.indices.map { k in
                    lengths[k] - AnchorCost.cost(of: tallies[k], found: found, missing: missing) - selection[k]
                }
                shares = Self.posteriors(logRatios, initialShare: initialShare)
                model = Self.translationRates(model, tallies: tallies, weights: shares)
            }
            return shares
        }
        let discounted = shares(selection: [Double](repeating: Self.selectionLogRatio, count: ranges.count))
        // Only a document that reads as translation for the most part has its agreed links spared:
        // in unrelated texts the two paths agree as readily, and sparing them would let lengths
        // alone link chance pairings.
        guard !unselectedLinks.isEmpty, 2 * discounted.filter({ $0 >= 0.5 }).count >= ranges.count else { return discounted }
        return shares(selection: ranges.map { unselectedLinks.contains(LinkBlocks(source: $0.0, target: $0.1)) ? 0 : Self.selectionLogRatio })
    }

    /// Forward–backward over the links: P(T) of each, given every link's log-ratio.
    static func posteriors(_ logRatios: [Double], initialShare: Double) -> [Double] {
        let n = logRatios.count
        let stay = 1 - switchProbability, change = switchProbability
        // Scaled forward pass: forward[k] = P(T at k | links ..k) (two states, so one number).
        var forward = [Double](repeating: 0, count: n)
        var previous = initialShare
        for k in 0..<n {
            let prior = k == 0 ? initialShare : previous * stay + (1 - previous) * change
            // P(T | ..k) = prior·L / (prior·L + 1 − prior), in logs against overflow.
            let x = logRatios[k] + log(prior / (1 - prior))
            previous = logistic(x)
            forward[k] = previous
        }
        // Backward pass (Rauch–Tung–Striebel form for two states): smoothed[k] from forward[k]
        // and smoothed[k + 1].
        var smoothed = forward
        for k in stride(from: n - 2, through: 0, by: -1) {
            let f = forward[k]
            let predictedT = f * stay + (1 - f) * change
            let predictedC = 1 - predictedT
            let nextT = smoothed[k + 1], nextC = 1 - nextT
            let t = f * (stay * nextT / max(predictedT, 1e-300) + change * nextC / max(predictedC, 1e-300))
            let c = (1 - f) * (change * nextT / max(predictedT, 1e-300) + stay * nextC / max(predictedC, 1e-300))
            smoothed[k] = t / (t + c)
        }
        return smoothed
    }

    /// The prior model with chance rates from the random-offset tally (smoothed toward the prior).
    static func chanceModel(_ chance: AnchorTally) -> AnchorModel {
        var model = AnchorModel.prior
        for side in 0..<2 {
            for kind in AnchorKind.allCases.map(\.rawValue) {
                let prior = side == 0 ? model.source[kind].random : model.target[kind].random
                let q = (Double(chance.found[side][kind]) + priorAnchors * prior) / (Double(chance.total[side][kind]) + priorAnchors)
                if side == 0 { model.source[kind].random = q } else { model.target[kind].random = q }
            }
        }
        return model
    }

    /// Translation rates from the 1-1 links (the chance rates are per sentence pair) weighted by
    /// P(T), smoothed toward the prior, never under the chance rates.
    static func translationRates(_ model: AnchorModel, tallies: [AnchorCost.BeadTally], weights: [Double]) -> AnchorModel {
        let kinds = AnchorKind.allCases.count
        var found = [Double](repeating: 0, count: 2 * kinds), total = found
        for (tally, weight) in zip(tallies, weights) where tally.blocks == (1, 1) {
            for side in 0..<2 {
                for kind in 0..<kinds where tally.anchors.total[side][kind] > 0 {
                    found[side * kinds + kind] += weight * Double(tally.anchors.found[side][kind])
                    total[side * kinds + kind] += weight * Double(tally.anchors.total[side][kind])
                }
            }
        }
        var model = model
        for side in 0..<2 {
            for kind in 0..<kinds {
                let rates = side == 0 ? model.source[kind] : model.target[kind]
                let prior = side == 0 ? AnchorModel.prior.source[kind].found : AnchorModel.prior.target[kind].found
                let p = min(max((found[side * kinds + kind] + priorAnchors * prior) / (total[side * kinds + kind] + priorAnchors), Self.minimumLift * rates.random),
                            AnchorModel.rateRange.upperBound)
                if side == 0 { model.source[kind].found = p } else { model.target[kind].found = p }
            }
        }
        return model
    }
}
