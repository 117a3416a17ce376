import CorpusModel
import RosettaTestSupport
import Testing
@testable import Alignment

/// Every sentence of both sides exactly once, in order: beads are monotone and cover both lists.
func expectMonotoneCover(_ beads: [Bead], sourceCount: Int, targetCount: Int) {
    #expect(beads.flatMap(\.source) == Array(0..<sourceCount))
    #expect(beads.flatMap(\.target) == Array(0..<targetCount))
    #expect(beads.allSatisfy { !($0.source.isEmpty && $0.target.isEmpty) })
    #expect(beads.allSatisfy { ($0.score ?? -1) >= 0 && ($0.score ?? 2) <= 1 })
}

@Suite struct SentenceAlignerTests {
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func randomInputsAreCoveredInOrder(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let n = Int.random(in: 0...60, using: &random), m = Int.random(in: 0...60, using: &random)
        let words = ["grain", "Belmont", "harbour", "12", "council", "Corvi", "winter", "1999", "treaty", "?"]
        func sentence() -> Substring {
            Substring((0..<Int.random(in: 1...15, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ") + ".")
        }
        let source = (0..<n).map { _ in sentence() }, target = (0..<m).map { _ in sentence() }
        let beads = EvidenceAligner(sourceLanguage: .english, targetLanguage: .english).align(source: source, target: target)
        expectMonotoneCover(beads, sourceCount: n, targetCount: m)
        let baseline = SentenceAligner().align(source: source, target: target)
        expectMonotoneCover(baseline, sourceCount: n, targetCount: m)
    }

    @Test func findsTheMergeAndTheInsertion() {
        let source: [Substring] = [
            "The council of Belmont met on 12 March to discuss the harbour.",
            "It approved a budget of 3,000 crowns.",
            "Winter came early that year, on 3 November.",
            "The ice closed the port for 40 days.",
            "Ships waited outside.",
        ]
        let target: [Substring] = [
            "Совет Бельмонта собрался 12 марта, чтобы обсудить гавань.",
            "Он утвердил бюджет в 3 000 крон. Зима в тот год пришла рано, 3 ноября.",
            "Читайте также другие новости нашего агентства о погоде.",
            "Лёд закрыл порт на 40 дней.",
            "Корабли ждали снаружи.",
        ]
        let beads = EvidenceAligner(sourceLanguage: .english, targetLanguage: .russian).align(source: source, target: target)
        expectMonotoneCover(beads, sourceCount: 5, targetCount: 5)
        #expect(beads.map { "\($0.source):\($0.target)" } == ["[0]:[0]", "[1, 2]:[1]", "[]:[2]", "[3]:[3]", "[4]:[4]"])
        // Every bead beats its alternatives; the 1-1 links sharing numbers beat them clearly.
        #expect(beads.allSatisfy { ($0.score ?? 0) > BeadConfidence.minimumLink }, "\(beads)")
        #expect((beads[0].score ?? 0) > 0.9 && (beads[3].score ?? 0) > 0.9)
    }

    @Test func bandFollowsAPathAndStaysConnected() {
        let band = Band.around(path: [(0, 0), (1, 1), (2, 30), (3, 31)], sourceCount: 3, targetCount: 31, radius: 2)
        for i in 1...3 { #expect(band.lower[i] <= band.upper[i - 1]) }
        #expect(band.contains(2, 30) && band.contains(0, 0) && band.contains(3, 31))
        #expect(band.cellCount < 4 * 32)
    }

    @Test func minScoreSplitsWeakLinks() {
        let beads = [Bead(source: [0], target: [0], score: 0.9), Bead(source: [1, 2], target: [1], score: 0.4)]
        #expect(beads.splittingLinks(below: 0.5).map(\.description) == ["[0]:[0]:0.9000", "[1]:[]:0.4000", "[2]:[]:0.4000", "[]:[1]:0.4000"])
    }

    @Test func multiwayUnitsAgreeAcrossPairs() {
        let enRu = [Bead(source: [0], target: [0], score: 0.9), Bead(source: [1], target: [1, 2], score: 0.8)]
        let enKo = [Bead(source: [0], target: [0], score: 0.95), Bead(source: [1], target: [1], score: 0.9)]
        let ruKo = [Bead(source: [0], target: [0], score: 0.9), Bead(source: [1, 2], target: [1], score: 0.7)]
        let nway = MultiwayAlignment(languages: [.english, .russian, .korean], sentenceCounts: [2, 3, 2], pairs: [(0, 1, enRu), (0, 2, enKo), (1, 2, ruKo)])
        #expect(nway.units.map(\.kind) == ["1-1-1", "1-2-1"])
        #expect(nway.units[1].score == 0.7)
        #expect(nway.beads(0, 1).map { "\($0.source):\($0.target)" } == ["[0]:[0]", "[1]:[1, 2]"])
    }
}
