import ArgumentParser
import CorpusModel

/// Options shared by commands that read text in a language.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "The language of the text, as a BCP 47 code (en, ru, ko, …).")
    var lang: LanguageTag

    func validate() throws { try validateLanguage(lang, option: "--lang") }
}
