import CorpusModel
import Testing

@Suite struct BeadFormatTests {
    @Test func parsesEveryShapeAndScores() throws {
        let text = "[0, 1]:[0]\n[2]:[]\n[]:[1]:0.25\n# comment\n\n[3]:[2, 3]:1\n"
        let beads = try BeadFormat.parse(text)
        #expect(beads.map(\.kind) == ["2-1", "1-0", "0-1", "1-2"])
        #expect(beads[2].score == 0.25)
        #expect(beads[0].score == nil)
    }

    @Test func formatIsReadBackUnchanged() throws {
        let beads = [
            Bead(source: [0, 1], target: [0], score: 0.97315), Bead(source: [2], target: []),
            Bead(source: [], target: [1], score: 0),
        ]
        let text = BeadFormat.format(beads)
        #expect(text == "[0, 1]:[0]:0.9732\n[2]:[]\n[]:[1]:0.0000\n")
        let again = try BeadFormat.parse(text)
        #expect(zip(again, beads).allSatisfy { $0.links(sameAs: $1) })
    }

    @Test(arguments: [
        ("[0]:[x]", 1, 6), ("[0][1]", 1, 4), ("[0]:[1]:high", 1, 9), ("[]:[]", 1, 6), ("[0:[1]", 1, 2), ("[0]:[1] extra", 1, 8),
    ])
    func malformedLinesNamePosition(line: String, lineNumber: Int, column: Int) {
        do {
            _ = try BeadFormat.parse(line, file: "a.beads")
            Issue.record("'\(line)' was accepted")
        } catch let .malformed(file, l, c, _) {
            #expect(file == "a.beads")
            #expect(l == lineNumber)
            #expect(c == column)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func outOfRangeSentencesAreReported() throws {
        let beads = try BeadFormat.parse("[0]:[0]\n[1]:[5]\n")
        #expect(throws: BeadFormatError.self) {
            try BeadFormat.validate(beads, sourceCount: 2, targetCount: 2, file: "x")
        }
        try BeadFormat.validate(beads, sourceCount: 2, targetCount: 6, file: "x")
    }
}
