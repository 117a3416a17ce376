import Foundation
import Testing

/// `rosetta names` end to end: the key contract used to measure name normalization.
@Suite struct NamesCommandTests {
    @Test func keysMeetAcrossScriptsAndStayApartForOthers() throws {
        let input = [
            "en\tKim Jong Il", "ru\tКим Чен Ира", "ko\t김정일은", "en\tKim Jong-il",
            "en\tKim Jong Un", "ru\tКим Чен Ын", "ko\t김정은",
            "ru\tМедведеву", "en\tMedvedev", "ru\tСветлана Медведева",
        ].joined(separator: "\n") + "\n"
        let result = try RosettaCLI.run(["names", "key"], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let keys = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(keys.count == 10)
        #expect(Set(keys[0...3]).count == 1)
        #expect(Set(keys[4...6]).count == 1)
        #expect(keys[0] != keys[4])
        #expect(keys[7] == keys[8])
        #expect(keys[9] != keys[8])
    }

    @Test func badLinesAreReportedInPlace() throws {
        let input = Data("en\tSeoul\nno tab here\nqq\tSeoul\nru\tСеул\n\n".utf8)
        let result = try RosettaCLI.run(["names", "key"], stdin: input)
        #expect(result.status == 1)
        let keys = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(keys.count == 5, "one output line per input line, in order")
        #expect(keys[1].isEmpty && keys[2].isEmpty && keys[4].isEmpty)
        #expect(keys[0] == keys[3])
        #expect(result.stderr.contains("line 2: no tab"))
        #expect(result.stderr.contains("line 3"))
        #expect(result.stderr.contains("unknown language 'qq'"))
        #expect(result.stderr.contains("line 5: the line is empty"))
    }

    @Test func listsTheEntitiesOfTheSampleStory() throws {
        let story = RosettaCLI.root.appendingPathComponent("Corpora/kim-medvedev-2011").path
        let result = try RosettaCLI.run(["names", story, "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let kimLine = try #require(result.stdout.split(separator: "\n").first { $0.contains("Ким Чен Ира") })
        #expect(kimLine.contains("김정일"))
        #expect(kimLine.contains("Kim Jong Il"))
    }

    /// A collection (its LANG/ folders) and one language folder of it: reports named as anything,
    /// their language from the folder ("lat-20110820-0062.txt" is no tag of Latin).
    @Test func listsTheEntitiesOfACollectionAndOfOneLanguageFolder() throws {
        let collection = RosettaCLI.root.appendingPathComponent("Corpora/wire-august-2011").path
        let all = try RosettaCLI.run(["names", collection])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.hasPrefix("key\tcount\ten\tko\tru\n"))
        let kim = try #require(all.stdout.split(separator: "\n").first { $0.hasPrefix("@kim-jong-il\t") })
        #expect(kim.contains("김정일") && kim.contains("Ким Чен Ир") && kim.contains("Kim Jong Il"))
        let english = try RosettaCLI.run(["names", collection + "/en"])
        #expect(english.status == 0)
        #expect(!english.stderr.contains("no language profile"), "\(english.stderr)")
        #expect(english.stdout.hasPrefix("key\tcount\ten\n"))
    }
}
