import LanguageProfiles

/// What the name keyer reads from a language's profile, reduced to the few settings its hot
/// paths ask for every sentence and run (a profile is a large value; this is four words).
struct NameLanguage: Sendable {
    /// The keyer's cache slot (`LanguageProfiles.slot`).
    var slot: Int
    var mentions: LanguageProfile.Mentions = .capitalized
    var openings: LanguageProfile.Openings = .stopwords
    var capitalizesNouns = false

    /// Every profiled language by code, and the rules for the rest.
    static let byCode: [String: NameLanguage] = {
        var table: [String: NameLanguage] = [:]
        for code in LanguageProfiles.codes {
            guard let profile = LanguageProfiles.profile(code: code) else { continue }
            table[code] = NameLanguage(slot: LanguageProfiles.slot(code: code), mentions: profile.mentions,
                                       openings: profile.openings, capitalizesNouns: profile.capitalizesNouns)
        }
        return table
    }()
    static let unprofiled = NameLanguage(slot: LanguageProfiles.codes.count)

    static func of(_ code: some StringProtocol) -> NameLanguage {
        // Codes are two or three ASCII letters: a linear search beats hashing a String.
        for (known, rules) in byCode where known.utf8.elementsEqual(code.utf8) { return rules }
        return unprofiled
    }
}
