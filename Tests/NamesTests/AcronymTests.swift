import CorpusModel
import Testing
@testable import Names

/// Acronyms keyed as letter sequences across scripts (issue #15, item 2): one key for every
/// spelling of one acronym, and two different acronyms never share one.
@Suite struct AcronymTests {
    static func keys(_ lines: [(String, String)], gazetteer: Bool = true) throws -> [String] {
        let keyer = try NameKeyer(usesGazetteer: gazetteer)
        return try lines.map { language, surface in try keyer.key(for: surface, language: LanguageTag(language)).value }
    }

    @Test(arguments: [
        [("en", "FBI"), ("en", "F.B.I."), ("ru", "ФБР"), ("ko", "에프비아이"), ("ko", "에프비아이는"), ("ko", "연방수사국")],
        [("en", "BBC"), ("ru", "Би-би-си"), ("ko", "비비시"), ("ko", "비비시는")],
        [("en", "NATO"), ("ru", "НАТО"), ("ko", "나토")],
        [("en", "UN"), ("en", "U.N."), ("ru", "ООН"), ("ko", "유엔")],
    ])
    func spellingsOfOneAcronymShareAKey(_ spellings: [(String, String)]) throws {
        let keys = try Self.keys(spellings)
        #expect(Set(keys).count == 1, "\(zip(spellings.map(\.1), keys).map { "\($0) → \($1)" })")
        #expect(keys[0].hasPrefix("@"))
    }

    /// Without the gazetteer: the letters, whatever the script; sound classes would fold BBC and
    /// FWC (both "pk") and FBI and VPI together.
    @Test func differentAcronymsNeverShareAKey() throws {
        let lines = [("en", "FBI"), ("en", "FWC"), ("en", "BBC"), ("en", "BBS"), ("en", "VPI"), ("en", "PBC"),
                     ("ru", "МВД"), ("ru", "ФСИН"), ("ru", "Си-эн-эн"), ("ko", "에이비시")]
        let keys = try Self.keys(lines, gazetteer: false)
        #expect(keys == ["#fbi", "#fwc", "#bbc", "#bbs", "#vpi", "#pbc", "#mvd", "#fsin", "#cnn", "#abc"])
        #expect(try Self.keys([("ru", "Би-би-си"), ("ko", "비비시"), ("en", "B.B.C.")], gazetteer: false) == ["#bbc", "#bbc", "#bbc"])
    }

    @Test func keyingAnAcronymKeyGivesItBack() throws {
        #expect(try Self.keys([("en", "#fwc"), ("ru", "#mvd")]) == ["#fwc", "#mvd"])
    }

    /// Words and names are not read as letters: two-syllable Korean words (이유 "reason"), words
    /// in capitals too long for an acronym, a capitalized name, a single capital.
    @Test func namesAndWordsAreNotAcronyms() throws {
        let keys = try Self.keys([("ko", "이유"), ("en", "NORTHKOREA"), ("en", "Kim Jong Il"), ("en", "Boris"), ("en", "A"), ("ru", "Мир")],
                                 gazetteer: false)
        #expect(keys.allSatisfy { !$0.hasPrefix("#") }, "\(keys)")
    }
}
