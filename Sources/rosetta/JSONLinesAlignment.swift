import Alignment
import CorpusModel
import Foundation
import Segmentation
#if canImport(Glibc)
import Glibc
#endif

/// `rosetta align --jsonl`: one document pair per input line, one result per output line, one
/// pair in memory at a time, so that an engine such as Spark's RDD.pipe or Hadoop Streaming can
/// shard millions of documents over it.
struct JSONLinesAlignment {
    var dictionary: BilingualDictionary?
    var minScore: Double
    var galeChurch: Bool
    var scores: Bool
    /// Segmenters by language, made once.
    private var segmenters: [LanguageTag: SentenceSegmenter] = [:]
    var maxSentences = AlignCommand.defaultMaxSentences
    var maxRecordBytes = AlignCommand.defaultMaxRecordBytes
    /// Whether ICU knows a language, by code (asked once).
    private var known: [LanguageTag: Bool] = [:]

    init(dictionary: BilingualDictionary?, minScore: Double, galeChurch: Bool, scores: Bool) {
        self.dictionary = dictionary
        self.minScore = minScore
        self.galeChurch = galeChurch
        self.scores = scores
    }

    struct LineError: Error, CustomStringConvertible {
        var description: String
    }

    /// Processes every line; returns how many lines were skipped.
    mutating func run(input: String) throws -> Int {
        let file: UnsafeMutablePointer<FILE>?
        if input == "-" { file = fdopen(dup(STDIN_FILENO), "r") } else { file = fopen(input, "r") }
        guard let file else { throw InputError.unreadable(file: input, reason: String(cString: strerror(errno))) }
        defer { fclose(file) }
        let output = TextOutput.standardOutput()
        var failures = 0, lineNumber = 0
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        let name = input == "-" ? "<stdin>" : input
        while getline(&buffer, &capacity, file) >= 0, let buffer {
            lineNumber += 1
            let length = strlen(buffer)
            if length > maxRecordBytes {
                // Refused before it is decoded or parsed: memory stays bounded by the limit.
                failures += 1
                let message = "a record of \(length) bytes, over the limit of \(maxRecordBytes) (--max-record-bytes); split the document into parts that translate each other"
                Diagnostics.error("\(name):\(lineNumber): \(message); an error record written")
                output.write(Self.errorRecord(line: "", number: lineNumber, message: message) + "\n")
                output.flush()
                if let failure = output.failure { throw failure }
                continue
            }
            let bytes = Array(UnsafeRawBufferPointer(start: buffer, count: length))
            let line = String(decoding: bytes, as: UTF8.self)
            if line.trimmingWhitespace().isEmpty { continue }
            do {
                try Self.checkUTF8(bytes, file: name)
                output.write(try result(for: line) + "\n")
                output.flush()
                // A write that failed ends the run (the rest would be lost too).
                if let failure = output.failure { throw failure }
            } catch let error as OutputError {
                throw error
            } catch {
                failures += 1
                Diagnostics.error("\(name):\(lineNumber): \(error); an error record written")
                // One record per input record, in order: the error, under the record's id.
                output.write(Self.errorRecord(line: line, number: lineNumber, message: String(describing: error)) + "\n")
                output.flush()
                if let failure = output.failure { throw failure }
            }
        }
        try output.close()
        return failures
    }

    /// Strict UTF-8, as every file Rosetta reads: nothing is silently replaced.
    static func checkUTF8(_ bytes: [UInt8], file: String) throws {
        let problem: InputError
        do { _ = try TextDecoding.decodeUTF8(bytes, file: file); return } catch { problem = error }
        if case let .invalidUTF8(_, offset, _, column, _) = problem {
            throw LineError(description: "invalid UTF-8 at column \(column) (byte offset \(offset) of the line)")
        }
        throw LineError(description: "not UTF-8 text (\(problem))")
    }

    /// `{"id": …, "line": N, "error": "…"}`, the id taken from the line when it has one.
    static func errorRecord(line: String, number: Int, message: String) -> String {
        let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        let id: Any = object?["id"].flatMap { $0 is String || $0 is NSNumber ? $0 : nil } ?? NSNull()
        let record: [String: Any] = ["id": id, "line": number, "error": message]
        let data = (try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    mutating func result(for line: String) throws -> String {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
            throw LineError(description: "not a JSON object")
        }
        let id = object["id"]
        guard id is String || id is NSNumber else { throw LineError(description: "missing \"id\" (a string or number)") }
        func language(_ key: String) throws -> LanguageTag {
            guard let text = object[key] as? String, let tag = try? LanguageTag(text) else {
                throw LineError(description: "missing or malformed \"\(key)\" (a language code such as en)")
            }
            // Refused as the CLI refuses it, whether the text is prose or sentences.
            if known[tag] == nil { known[tag] = (try? validateLanguage(tag, option: key)) != nil }
            guard known[tag] == true else {
                throw LineError(description: "\"\(key)\": unknown language '\(text)' (expected an ISO 639 code such as en, ru, ko)")
            }
            return tag
        }
        let s = try language("src_lang"), t = try language("tgt_lang")
        let source = try sentences(object["src"], key: "src", language: s)
        let target = try sentences(object["tgt"], key: "tgt", language: t)
        for (list, key) in [(source, "src"), (target, "tgt")] where list.count > maxSentences {
            throw LineError(description: AlignCommand.tooLong("\"\(key)\"", list.count, maxSentences))
        }
        var beads = align(source, target, s, t, dictionary: dictionary, galeChurch: galeChurch).splittingLinks(below: minScore)
        if !scores { beads = beads.map { Bead(source: $0.source, target: $0.target) } }
        let result: [String: Any] = ["id": id as Any, "beads": beads.map(\.description), "src_sentences": source.count, "tgt_sentences": target.count]
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    mutating func sentences(_ value: Any?, key: String, language: LanguageTag) throws -> [Substring] {
        if let list = value as? [Any] {
            return try list.map { item in
                guard let text = item as? String else { throw LineError(description: "\"\(key)\" holds a non-string sentence") }
                return Substring(text.precomposedStringWithCanonicalMapping.replacingOccurrences(of: "\n", with: " "))
            }
        }
        guard let text = value as? String else { throw LineError(description: "missing \"\(key)\" (prose as a string, or an array of sentences)") }
        if segmenters[language] == nil {
            do { segmenters[language] = try SentenceSegmenter(language: language) } catch {
                throw LineError(description: "no segmenter for '\(language)': \(error)")
            }
        }
        guard let segmenter = segmenters[language] else { return [] }
        do { return try segmenter.document(text.precomposedStringWithCanonicalMapping).sentenceTexts } catch {
            throw LineError(description: "cannot segment \"\(key)\": \(error)")
        }
    }
}
