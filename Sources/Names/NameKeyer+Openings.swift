import LanguageProfiles

extension NameKeyer {
    /// Whether a sentence's first word, alone in its run of capitals, is a common word that is
    /// capitalized only because it comes first. Stopwords cannot list them all: on news text most
    /// such words are not names (in Russian 9 in 10: Землетрясение, Согласно, Выступая), and they
    /// cost the aligner precision. A word the gazetteer knows is always a name.
    ///
    /// The rule is the profile's `openings:` setting.
    /// - English: a contraction (They're, We've), an adverb in -ly or a participle in -ing
    ///   (Traditionally, Speaking) of six letters or more.
    /// - Russian: every word but a given name, a known surname, a patronymic and a surname of the
    ///   -ов/-ев/-ин paradigm (Медведев, Лаврова), since Russian capitalizes nothing else that
    ///   could stand alone there.
    func isCommonOpening(_ word: Substring, key: NameKey, language: String) -> Bool {
        let rule = NameLanguage.of(language).openings
        guard rule != .stopwords else { return false }
        if key.entityID != nil { return false }
        if rule == .knownNamesOnly { return isUnknownWord(word, key: key) }
        if let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "’" }),
           ["re", "ve", "ll", "m", "d", "t"].contains(word[word.index(after: apostrophe)...].lowercased()) {
            return true
        }
        let lower = NameLexicon.normalizeAlias(word)
        return lower.characterCount >= 6 && (lower.hasLetterSuffix("ly") || lower.hasLetterSuffix("ing"))
    }

    /// Whether a word is no known part of a name: not in the gazetteer, not a given name, a known
    /// surname, a patronymic or a surname of the -ов/-ев/-ин paradigm.
    func isUnknownWord(_ word: Substring, key: NameKey) -> Bool {
        if key.entityID != nil { return false }
        let lower = NameLexicon.normalizeAlias(word)
        return lexicon.givenNames[lower] == nil && lexicon.surnames[lower] == nil && !RussianNames.isPatronymic(lower)
            && RussianNames.surnameParts(lower) == nil
    }
}
