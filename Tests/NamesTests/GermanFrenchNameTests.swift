import CorpusModel
import Testing
@testable import Names

/// German and French from their profiles alone: name particles keep a name whole, German nouns
/// (capitalized) are no names, and the same person meets across the two.
@Suite struct GermanFrenchNameTests {
    static let german = try! LanguageTag("de"), french = try! LanguageTag("fr")

    @Test func particlesStayInsideTheName() throws {
        let keyer = try NameKeyer()
        let de = try keyer.mentions(in: "Schon Ludwig von Buch hatte die Gletscher des Berner Oberlands beschrieben.", language: Self.german)
        #expect(de.map { String($0.surface) }.contains("Ludwig von Buch"), "\(de.map(\.surface))")
        let fr = try keyer.mentions(in: "Horace-Bénédict de Saussure atteignit le sommet du Mont Blanc en 1787.", language: Self.french)
        #expect(fr.map { String($0.surface) }.contains("Horace-Bénédict de Saussure"), "\(fr.map(\.surface))")
        #expect(try keyer.key(for: "Ludwig von Buch", language: Self.german) == keyer.key(for: "Ludwig von Buch", language: Self.french))
    }

    /// German capitalizes every noun: "Die Turnhalle von Promontogno" or "Das Rote Kreuz verteilte
    /// Decken" hold no person; a known name still counts.
    @Test func germanNounsAreNoNames() throws {
        let keyer = try NameKeyer()
        let nouns = try keyer.mentions(in: "Die Bewohner verbrachten die Nacht in der Turnhalle von Promontogno, wo das Rote Kreuz Decken verteilte.", language: Self.german)
        #expect(nouns.isEmpty, "\(nouns.map(\.surface))")
        let known = try keyer.mentions(in: "Am Mittwoch traf Kim Jong Il den russischen Präsidenten Dmitri Medwedew.", language: Self.german)
        #expect(known.map(\.key.value).contains("@kim-jong-il"), "\(known.map(\.surface))")
    }

    /// A French sentence's first word is a name only when it is known ("Huit randonneurs…").
    @Test func frenchOpeningsAreNoNames() throws {
        let keyer = try NameKeyer()
        let found = try keyer.mentions(in: "Huit randonneurs sont portés disparus.", language: Self.french)
        #expect(found.isEmpty, "\(found.map(\.surface))")
    }
}
