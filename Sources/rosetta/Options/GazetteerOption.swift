import ArgumentParser
import CorpusStore
import Names

/// Options shared by the names commands.
struct GazetteerOption: ParsableArguments {
    @Option(name: .long, help: "An extra gazetteer file (ID<TAB>English<TAB>Russian<TAB>Korean<TAB>other; repeatable).")
    var gazetteer: [String] = []
    @Flag(name: .long, help: "Key by the rules alone, without the gazetteer (to see what the rules do).")
    var rulesOnly = false

    func keyer() throws -> NameKeyer {
        var lexicon = NameLexicon.builtIn
        for path in gazetteer { try lexicon.addGazetteer(try TextFile.read(path), origin: path) }
        return try NameKeyer(lexicon: lexicon, usesGazetteer: !rulesOnly)
    }
}
