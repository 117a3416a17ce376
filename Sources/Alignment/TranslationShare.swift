#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CorpusModel

/// Whether a document's links are translations at all. Two language versions of a wire report
/// are often comparable rather than translated: written apart, about the same event. The DP
/// links what it can (a one-sided bead is rare in a translation, so its prior is small), and in
/// a comparable text that means linking sentences that merely sit side by side, with high
/// scores. So the links are taken as a two-class mixture, translations and chance pairings:
///
///     P(translation | link) = π·L / (π·L + 1 − π)
///
/// L is the link's likelihood ratio, translation against chance: its anchors (translation
/// rates estimated here, chance rates as the aligner measured them at random offsets) and its
/// length (Gale–Church as fitted, against lines drawn from the document). π, the share of links
/// that are translations, and the translation rates are estimated by EM over the links, each
/// smoothed toward a translated document (`priorShare`, `AnchorModel.prior`).
///
/// When π comes out under one half, most links are more likely chance than translation: the
/// document is comparable, and only links whose own evidence makes them likely translations stay
/// linked. Otherwise the beads are left as they are: in a translation, a link without evidence
/// still belongs where the DP put it. (Dev set: no translated document has π under 0.73; the
/// same documents paired with unrelated ones have a median of 0.35.)
struct TranslationShare {
    let anchors: AnchorCost
    /// Anchors found at random offsets (`EvidenceAligner`): chance rates.
    let chance: AnchorTally
    let sourceLengths: [Int]
    let targetLengths: [Int]
    let lengthModel: LengthModel

    /// What a document is taken to be before its links are seen, and how many links that
    /// counts as: a short document keeps its links unless they are clearly chance.
    static let priorShare = 0.9
    static let priorLinks = 4.0
    /// Anchors the prior rate of a kind counts as (as in `AnchorModel.reestimated`).
    static let priorAnchors = AnchorModel.priorObservations
    static let iterations = 20
    /// Under this share the document is taken as comparable.
    static let comparableShare = 0.5
    /// Bound on a link's length log-ratio: one odd length does not decide alone.
    static let lengthBound = 10.0
    /// Links the mixture is estimated from, at most (taken evenly over the document): the share
    /// of a long document needs no more, and time stays bounded.
    static let maximumLinks = 2_000

    static func posterior(_ logRatio: Double, share: Double) -> Double {
        1 / (1 + exp(-(logRatio + log(share / (1 - share)))))
    }

    /// The length log-ratio of a bead: the target block's length under the fitted Gale–Church
    /// model, against k lines drawn from the target document (normal, with its mean and variance).
    func lengthLogRatio(_ s: Range<Int>, _ t: Range<Int>, lineMean: Double, lineVariance: Double) -> Double {
        let ls = Double(s.reduce(0) { $0 + sourceLengths[$1] }), lt = Double(t.reduce(0) { $0 + targetLengths[$1] })
        let c = lengthModel.ratio, v = lengthModel.variance
        let mean = max((ls + lt / c) / 2, 1)
        let delta = (lt - c * ls) / (v * mean).squareRoot()
        let translation = -delta * delta / 2 - 0.5 * log(v * mean)
        let k = Double(t.count), d = lt - k * lineMean
        let chance = -d * d / (2 * k * lineVariance) - 0.5 * log(k * lineVariance)
        return min(max(translation - chance, -Self.lengthBound), Self.lengthBound)
    }

    /// The beads, with the links of a comparable document that are likely chance split into
    /// one-sided beads, and the others' scores capped by their posterior.
    func apply(to beads: [Bead]) -> [Bead] {
        let links = beads.indices.filter { !beads[$0].source.isEmpty && !beads[$0].target.isEmpty }
        guard !links.isEmpty, !targetLengths.isEmpty else { return beads }
        let ranges = links.map { k in
            (beads[k].source[0]..<(beads[k].source[beads[k].source.count - 1] + 1),
             beads[k].target[0]..<(beads[k].target[beads[k].target.count - 1] + 1))
        }
        let lineMean = Double(targetLengths.reduce(0, +)) / Double(targetLengths.count)
        let lineVariance = max(targetLengths.reduce(0.0) { $0 + (Double($1) - lineMean) * (Double($1) - lineMean) } / Double(targetLengths.count), 1)
        func evidence(_ k: Int) -> (AnchorCost.BeadTally, Double) {
            (anchors.tally(source: ranges[k].0, target: ranges[k].1),
             lengthLogRatio(ranges[k].0, ranges[k].1, lineMean: lineMean, lineVariance: lineVariance))
        }
        func posteriors(_ sample: [(AnchorCost.BeadTally, Double)], _ model: AnchorModel, _ share: Double) -> [Double] {
            let (found, missing) = AnchorCost.costs(model)
            return sample.map { tally, length in Self.posterior(length - AnchorCost.cost(of: tally, found: found, missing: missing), share: share) }
        }

        // EM on the sampled links.
        let step = max(1, links.count / Self.maximumLinks)
        let sample = stride(from: 0, to: links.count, by: step).map(evidence)
        var model = Self.chanceModel(chance)
        var share = Self.priorShare
        for _ in 0..<Self.iterations {
            let weights = posteriors(sample, model, share)
            share = (weights.reduce(0, +) + Self.priorShare * Self.priorLinks) / (Double(sample.count) + Self.priorLinks)
            share = min(share, 1 - 1 / (Double(sample.count) + Self.priorLinks))
            model = Self.translationRates(model, tallies: sample.map(\.0), weights: weights)
        }
        guard share < Self.comparableShare else { return beads }
        let linkPosteriors = posteriors(links.indices.map(evidence), model, share)

        var result: [Bead] = []
        var next = 0
        for (k, bead) in beads.enumerated() {
            guard next < links.count, links[next] == k else {
                result.append(bead)
                continue
            }
            let posterior = linkPosteriors[next]
            next += 1
            if posterior < BeadConfidence.minimumLink {
                result += bead.unlinked(score: 1 - posterior)
            } else {
                result.append(Bead(source: bead.source, target: bead.target, score: min(bead.score ?? 1, posterior)))
            }
        }
        return result
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
    /// their posteriors, smoothed toward the prior, never under the chance rates.
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
                let p = min(max((found[side * kinds + kind] + priorAnchors * prior) / (total[side * kinds + kind] + priorAnchors), rates.random),
                            AnchorModel.rateRange.upperBound)
                if side == 0 { model.source[kind].found = p } else { model.target[kind].found = p }
            }
        }
        return model
    }
}
