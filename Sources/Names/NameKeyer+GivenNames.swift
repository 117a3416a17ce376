/// A person found by the surname alone is only that entity when the given names agree: David
/// Johnson is not Boris Johnson, Евгения Медведева not Dmitry Medvedev, D. Johnson not B.
/// Johnson. A bare surname ("Johnson") still meets the entity: inside one document it is the
/// person the document names (`NameEntityIndex`).
extension NameKeyer {
    struct GivenNames {
        /// Lines of given-names.tsv the entity's forms use.
        var groups: Set<Int> = []
        /// First letters (Latin) of its given names, for initials.
        var initials: Set<Character> = []
        var isEmpty: Bool { groups.isEmpty && initials.isEmpty }
    }

    /// The given names in an entity's forms (every language): the words before the surname that
    /// are known given names, and their initials.
    func givenNames(ofEntity index: Int) -> GivenNames {
        if let known = entityGivenNames[index] { return known }
        var result = GivenNames()
        for forms in lexicon.entities[index].forms.values {
            for form in forms {
                let words = form.split(separator: " ").map { NameLexicon.normalizeAlias($0) }
                for word in words.dropLast() {
                    guard let groups = lexicon.givenNameGroups[word] else { continue }
                    result.groups.formUnion(groups)
                    for group in groups { result.initials.formUnion(lexicon.givenNameInitials[group]) }
                }
            }
        }
        entityGivenNames[index] = result
        return result
    }

    /// Whether a name's given names and initials (lower case) fit the entity `key` stands for.
    func givenNamesAgree(_ given: [String], with key: NameKey) -> Bool {
        guard !given.isEmpty, let id = key.entityID, let index = lexicon.entityIndexByID[id] else { return true }
        let known = givenNames(ofEntity: index)
        guard !known.isEmpty else { return true }
        // The first is the given name; a second initial is a patronymic (Д. А. Медведев) or a middle name.
        for word in given.prefix(1) {
            if word.characterCount == 1, let letter = Self.latinInitial(word) {
                if !known.initials.isEmpty && !known.initials.contains(letter) { return false }
            } else if let groups = lexicon.givenNameGroups[word], !known.groups.isEmpty, known.groups.isDisjoint(with: groups) {
                return false
            }
        }
        return true
    }

    /// An initial as the Latin letter that begins its romanizations (Д: d); nil for Hangul.
    static func latinInitial(_ initial: String) -> Character? {
        guard let scalar = initial.unicodeScalars.first else { return nil }
        if scalar.isASCII { return Character(scalar).lowercased().first }
        let upper = Character(scalar).uppercased().unicodeScalars.first ?? scalar
        return Acronyms.cyrillic[upper]?.first
    }
}
