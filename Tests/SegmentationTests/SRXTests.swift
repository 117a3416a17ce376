import CorpusModel
import Foundation
import Segmentation
import Testing

/// SRX 2.0 rule files: parsing, language maps and cascading, rule order, and errors that say where.
@Suite struct SRXTests {
    static func path(_ name: String) -> String {
        SegmentationCase.fixtures.appendingPathComponent("srx").appendingPathComponent(name).path
    }

    static func sentences(_ language: LanguageTag, _ srx: String, _ text: String) throws -> [String] {
        let segmenter = try SentenceSegmenter(language: language, srxFile: path(srx))
        return try segmenter.sentences(in: text).map { String(text[$0]) }
    }

    @Test func readsRulesAndMaps() throws {
        let document = try SRXDocument(contentsOfFile: Self.path("house.srx"))
        #expect(document.cascade)
        #expect(document.languageRules["English"]?.count == 2)
        #expect(document.languageRules["English"]?.first?.breaks == false)
        #expect(document.languageRules["English"]?.first?.before == "\\bExh\\.")
        #expect(document.maps.map(\.ruleName) == ["English", "Russian", "Default"])
        // Cascading: English gets its own rules and the default ones; Korean only the default.
        #expect(try document.rules(for: .english).count == 3)
        #expect(try document.rules(for: .korean).count == 1)
    }

    @Test func firstMatchOnlyWithoutCascade() throws {
        let document = try SRXDocument(contentsOfFile: Self.path("first-only.srx"))
        #expect(!document.cascade)
        #expect(try document.rules(for: .english).count == 1)
        #expect(try document.rules(for: .russian).count == 1)
    }

    @Test func noBreakRuleOverridesBuiltIn() throws {
        let text = "The chart in Exh. B shows the trend. It is steep."
        // Without the SRX file "Exh." is not an abbreviation and the sentence would break.
        let plain = try SentenceSegmenter(language: .english).sentences(in: text).map { String(text[$0]) }
        #expect(plain == ["The chart in Exh.", "B shows the trend.", "It is steep."])
        #expect(try Self.sentences(.english, "house.srx", text) == ["The chart in Exh. B shows the trend.", "It is steep."])
    }

    @Test func breakRuleAddsBoundaries() throws {
        let text = "Prices rose; Wages did not. Nothing else changed."
        #expect(try Self.sentences(.english, "house.srx", text) == ["Prices rose;", "Wages did not.", "Nothing else changed."])
        // The Russian rules break after any semicolon; English ones only before a capital.
        #expect(try Self.sentences(.english, "house.srx", "one; two.") == ["one; two."])
        #expect(try Self.sentences(.russian, "house.srx", "раз; два.") == ["раз;", "два."])
    }

    @Test func defaultRulesApplyToEveryLanguage() throws {
        let text = "Они вышли у Stn. Ленинской. Потом пошли пешком."
        #expect(try Self.sentences(.russian, "house.srx", text) == ["Они вышли у Stn. Ленинской.", "Потом пошли пешком."])
        // Without cascade, English takes only its first map: Stn. is not protected.
        let english = "We met at Stn. Central. Then we walked."
        #expect(try Self.sentences(.english, "first-only.srx", english) == ["We met at Stn.", "Central.", "Then we walked."])
        #expect(try Self.sentences(.russian, "first-only.srx", text) == ["Они вышли у Stn. Ленинской.", "Потом пошли пешком."])
    }

    @Test func malformedXMLNamesLineAndColumn() {
        do {
            _ = try SRXDocument(contentsOfFile: Self.path("malformed.srx"))
            Issue.record("malformed SRX was accepted")
        } catch let SegmentationError.malformedSRX(file, line, column, reason) {
            print("malformed SRX: \(SegmentationError.malformedSRX(file: file, line: line, column: column, reason: reason))")
            #expect(file.hasSuffix("malformed.srx"))
            #expect(line == 9)
            #expect(column > 0)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func invalidRegexNamesTheRule() {
        do {
            let document = try SRXDocument(contentsOfFile: Self.path("bad-regex.srx"))
            _ = try document.rules(for: .english)
            Issue.record("a bad regular expression was accepted")
        } catch let SegmentationError.invalidSRXRule(file, line, _, reason) {
            #expect(file.hasSuffix("bad-regex.srx"))
            #expect(line == 7)
            #expect(reason.contains("beforebreak"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func unknownRuleSetIsReported() {
        #expect(throws: SegmentationError.self) { try SRXDocument(contentsOfFile: Self.path("unknown-set.srx")) }
    }

    /// An external entity is never loaded: the file is refused (or the entity left empty),
    /// and nothing of the referenced file reaches the rules.
    @Test func externalEntitiesAreNotLoaded() throws {
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        do {
            let document = try SRXDocument(contentsOfFile: Self.path("external-entity.srx"))
            let before = document.languageRules["English"]?.first?.before ?? ""
            #expect(hostname.isEmpty || !before.contains(hostname))
        } catch is SegmentationError {
            // Refused: fine.
        }
    }

    @Test func missingFileIsAnError() {
        #expect(throws: SegmentationError.self) { try SRXDocument(contentsOfFile: "/nonexistent/rules.srx") }
    }
}
