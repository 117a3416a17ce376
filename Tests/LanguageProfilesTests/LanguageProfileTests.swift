import CorpusModel
import Foundation
import Testing
@testable import LanguageProfiles

@Suite struct LanguageProfileTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func everyShippedProfileLoads() throws {
        #expect(LanguageProfiles.codes == ["de", "en", "fr", "ko", "ru"])
        for code in LanguageProfiles.codes {
            let profile = try #require(LanguageProfiles.profile(code: code))
            #expect(!profile.scripts.isEmpty, "\(code): no scripts")
            #expect(profile.months.count == 12 || profile.monthSuffix != nil, "\(code): months")
            #expect(!profile.stopwords.isEmpty && !profile.titles.isEmpty, "\(code): names lists")
        }
        #expect(LanguageProfiles.common?.boilerplate.isEmpty == false)
        #expect(LanguageProfiles.profile(for: try LanguageTag("de-CH"))?.code == "de")
        #expect(LanguageProfiles.profile(code: "nl") == nil && LanguageProfiles.profile(code: "mul") == nil)
        #expect(LanguageProfiles.code(writing: "Hang") == "ko")
    }

    /// What the German and French profiles say, as their users meet it.
    @Test func germanAndFrenchKnowTheirConventions() throws {
        let german = try #require(LanguageProfiles.profile(code: "de")), french = try #require(LanguageProfiles.profile(code: "fr"))
        #expect(german.decimalMark == "," && french.decimalMark == ",")
        #expect(german.ordinalDot && !french.ordinalDot && german.capitalizesNouns && !french.capitalizesNouns)
        #expect(german.months[9].names.contains("Oktober") && french.months[0].names.contains("janvier"))
        #expect(german.nameParticles.contains("von") && french.nameParticles.contains("du"))
        #expect(german.weekdays.count == 7 && french.weekdays[6] == ["dimanche"])
        let shared = Set(german.lexicon.map(\.concept)).intersection(french.lexicon.map(\.concept))
        #expect(shared.count >= 200)
    }

    /// A malformed or unknown file names itself (and its line); a folder without `profile` is refused.
    @Test(arguments: [
        (["profile": "name: X\nscripts: Latn\ndecimal: ;\n"], "Languages/xx/profile:3: decimal must be . or ,"),
        (["profile": "name: X\ncolour: blue\n"], "Languages/xx/profile:2: unknown setting 'colour'"),
        (["profile": "name: X\nname: Y\n"], "Languages/xx/profile:2: 'name' is set twice"),
        (["profile": "name: X\n", "months": "# months\n1\tJan\n13\tX\n"], "Languages/xx/months:3: expected 'NUMBER<TAB>names"),
        (["profile": "name: X\n", "months": "1\tJanuary\n"], "Languages/xx/months:1: expected twelve months, found 1"),
        (["profile": "name: X\n", "weekdays": "Mon\n"], "Languages/xx/weekdays:1: expected seven lines"),
        (["profile": "name: X\n", "scales": "million\tmany\n"], "Languages/xx/scales:1: expected 'WORD<TAB>factor'"),
        (["profile": "name: X\n", "abbreviations": "Dr.\nGen. sometimes\n"], "Languages/xx/abbreviations:2: the kind must be"),
        (["profile": "name: X\n", "abbreviations": "ч. number\n# part\nч.\n"], "Languages/xx/abbreviations:3: 'ч.' is already listed on line 1"),
        (["profile": "name: X\n", "evidence": "cognate 0.3\n"], "Languages/xx/evidence:1: expected 'KIND FOUND RANDOM'"),
        (["profile": "name: X\n", "lexicon": "mountain Berg\n"], "Languages/xx/lexicon:1: expected 'CONCEPT<TAB>form|form'"),
        (["profile": "name: X\n", "hanja": "金\t김김\n"], "Languages/xx/hanja:1: expected 'CHARACTER<TAB>READING'"),
        (["profile": "name: X\n", "month": "1\tJan\n"], "Languages/xx/month: not a profile file"),
        (["months": "1\tJan\n"], "Languages/xx/profile: missing"),
    ])
    func badFilesNameThemselves(_ files: [String: String], _ message: String) {
        #expect(throws: LanguageProfileError.self) { try LanguageProfile(code: "xx", files: files, folder: "Languages/xx") }
        do {
            _ = try LanguageProfile(code: "xx", files: files, folder: "Languages/xx")
        } catch {
            #expect(error.description.hasPrefix(message), "\(error.description)")
        }
    }

    /// The knowledge of a language lives in its profile: the libraries that use profiles compare
    /// no language code of a shipped profile in code (data file formats aside: the gazetteer's
    /// columns, the TBX header).
    @Test func noLanguageCodeIsComparedOutsideTheProfiles() throws {
        let codes = LanguageProfiles.codes
        var offences: [String] = []
        for module in ["Segmentation", "Names", "Alignment", "DocumentPairing", "CorpusBuild"] {
            let folder = Self.packageRoot.appendingPathComponent("Sources/\(module)")
            let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") && !$0.hasSuffix("ShippedFiles.swift") } ?? []
            for file in files {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let code = line.trimmingCharacters(in: .whitespaces)
                    if code.hasPrefix("//") { continue }
                    for language in codes {
                        let patterns = ["== \"\(language)\"", "!= \"\(language)\"", "case \"\(language)\"", "\"\(language)\" ?", ".language == \"\(language)\""]
                        if patterns.contains(where: { code.contains($0) }) { offences.append("\(module)/\(file):\(number + 1): \(code)") }
                    }
                }
            }
        }
        #expect(offences.isEmpty, "\(offences.joined(separator: "\n"))")
    }
}
