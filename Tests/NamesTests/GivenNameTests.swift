import CorpusModel
import Testing
@testable import Names

/// A person's key respects the given name (issue #15, item 1): a name whose given name or
/// initial differs from the gazetteer entity's never takes that entity's key by its surname.
@Suite struct GivenNameTests {
    static func keys(_ lines: [(String, String)]) throws -> [String] {
        let keyer = try NameKeyer()
        return try lines.map { language, surface in try keyer.key(for: surface, language: LanguageTag(language)).value }
    }

    @Test func anotherGivenNameIsAnotherPerson() throws {
        let keys = try Self.keys([("en", "David Johnson"), ("ru", "Дэвид Джонсон"), ("ko", "데이비드 존슨"),
                                  ("en", "Boris Johnson"), ("ru", "Бориса Джонсона"), ("en", "B. Johnson"), ("en", "D. Johnson"),
                                  ("ru", "Евгения Медведева"), ("en", "Dmitry Medvedev")])
        #expect(keys[0] == keys[1] && keys[1] == keys[2], "one David Johnson in three scripts: \(keys)")
        #expect(!keys[0].hasPrefix("@"))
        #expect(keys[3] == "@boris-johnson" && keys[4] == "@boris-johnson" && keys[5] == "@boris-johnson")
        #expect(keys[6] != "@boris-johnson")
        #expect(keys[7] != "@dmitry-medvedev" && keys[8] == "@dmitry-medvedev")
    }

    /// In running text a given name and a known surname are one mention, not two.
    @Test func aGivenNameStaysWithItsSurname() throws {
        let keyer = try NameKeyer()
        let mentions = try keyer.mentions(in: "President Boris Johnson met David Johnson in London.", language: .english)
        #expect(mentions.map(\.surface) == ["Boris Johnson", "David Johnson", "London"])
        #expect(mentions[0].key != mentions[1].key)
    }

    /// The gazetteer's person still meets every form that agrees: the bare surname, the given name
    /// in any script and case, the first initial with a patronymic's.
    @Test func agreeingFormsKeepTheEntity() throws {
        let keys = try Self.keys([("en", "Johnson"), ("ru", "Дмитрия Медведева"), ("ru", "Д. А. Медведев"), ("ko", "드미트리 메드베데프"),
                                  ("ru", "В.В. Путин"), ("en", "Vladimir Putin")])
        #expect(keys == ["@boris-johnson", "@dmitry-medvedev", "@dmitry-medvedev", "@dmitry-medvedev", "@vladimir-putin", "@vladimir-putin"])
    }
}
