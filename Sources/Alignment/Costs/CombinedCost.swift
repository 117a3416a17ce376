/// The evidence for a bead, added up: length, anchors, the seams inside blocks and boilerplate lines. One-sided beads (1-0, 0-1) cost
/// nothing here, only their shape's penalty: a sentence left unlinked is judged against the
/// evidence for linking it, not against its own length.
public struct CombinedCost: CostFunction {
    public var length: LengthCost
    public var anchors: AnchorCost?
    public var boundaries: BoundaryCost?
    public var boilerplate: BoilerplateCost?

    public init(length: LengthCost, anchors: AnchorCost?, boundaries: BoundaryCost? = nil, boilerplate: BoilerplateCost? = nil) {
        self.length = length
        self.anchors = anchors
        self.boundaries = boundaries
        self.boilerplate = boilerplate.flatMap { $0.isEmpty ? nil : $0 }
    }

    public func cost(source: Range<Int>, target: Range<Int>) -> Double {
        if source.isEmpty || target.isEmpty { return 0 }
        return length.cost(source: source, target: target) + (anchors?.cost(source: source, target: target) ?? 0)
            + (boundaries?.cost(source: source, target: target) ?? 0) + (boilerplate?.cost(source: source, target: target) ?? 0)
    }

    /// Tabulates the anchor evidence of the sentence pairs of every bead the DP may try in
    /// `band`, beads of up to `block` sentences a side (see `AnchorCost.tabulate`).
    mutating func tabulate(band: Band, block: Int) { anchors?.tabulate(band: band.widened(by: block)) }
}
