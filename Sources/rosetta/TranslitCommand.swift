import ArgumentParser
import CorpusModel
import CorpusStore
import Transliteration

struct TranslitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translit",
        abstract: "Transliterate text line by line with an ICU transform.",
        discussion: """
            Examples: --id "Any-Latin; Latin-ASCII", --id "Russian-Latin/BGN", \
            --id "NFD; Korean-Latin/BGN; NFC". --list prints every installed transform.
            """)

    @Option(help: "An ICU transform ID or compound ID.")
    var id: String?
    @Flag(help: "List the installed ICU transform IDs and exit.")
    var list = false
    @Argument(help: "The text file (UTF-8); '-' or nothing for stdin.")
    var file: String = "-"

    func validate() throws {
        if !list && id == nil { throw ValidationError("give a transform with --id (or --list to see them)") }
    }

    func run() throws {
        let output = TextOutput.standardOutput()
        try reportingErrors {
            if list {
                for id in Transliterator.availableIDs { output.write(id + "\n") }
                return try output.close()
            }
            let transliterator = try Transliterator(id: id!)
            let text = try TextFile.read(file)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if text.hasSuffix("\n") { lines.removeLast() }
            for line in lines {
                output.write(try transliterator.transliterate(line))
                output.write("\n")
            }
            try output.close()
        }
    }
}
