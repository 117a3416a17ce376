public import Alignment
public import CorpusModel
public import CorpusStore
import Segmentation

/// A report of a collection, ready to be paired: its sentences with their anchors (found once,
/// for candidate search and for the sentence aligner alike) and its evidence keys.
public struct PairingDocument: Sendable {
    /// The path as given (printed in results).
    public let path: String
    public let date: Day?
    public let text: AnchoredText
    public let evidence: DocumentEvidence
    /// Characters other than white space: a translation's length follows its original's.
    public let length: Int

    public var language: LanguageTag { text.language }
    public var sentenceCount: Int { text.sentences.count }

    public init(path: String, date: Day?, text: AnchoredText) {
        self.path = path
        self.date = date
        self.text = text
        evidence = DocumentEvidence(text)
        length = text.sentences.reduce(0) { total, sentence in total + sentence.unicodeScalars.filter { !$0.properties.isWhitespace }.count }
    }
}

extension PairingDocument {
    /// The documents of `documents` whose text is also the text of one of `others` (a report
    /// filed in two language folders is not a translation of itself) removed, each with the
    /// path of its twin: (the copy, the original).
    public static func removeCopies(_ documents: inout [PairingDocument], of others: [PairingDocument]) -> [(copy: String, original: String)] {
        let texts = Dictionary(others.map { ($0.text.sentences.joined(separator: "\n"), $0.path) }, uniquingKeysWith: { first, _ in first })
        var copies: [(copy: String, original: String)] = []
        documents.removeAll { document in
            guard let twin = texts[document.text.sentences.joined(separator: "\n")] else { return false }
            copies.append((document.path, twin))
            return true
        }
        return copies
    }
}

/// Reading the reports of one language: decoded as any user text is (strict UTF-8, BOM, NFC),
/// segmented, their anchors found, on every core.
public struct DocumentReader {
    public var threads = ParallelWork.defaultThreads
    /// Called after each document read (for progress).
    public var progress: @Sendable (Int) -> Void = { _ in }

    public init() {}

    /// What reading a language folder gave: the documents, and the files left out with why
    /// (unreadable, not UTF-8, binary, empty, or the same text as an earlier file).
    public struct Result: Sendable {
        public var documents: [PairingDocument] = []
        public var problems: [(path: String, message: String)] = []
        /// Files whose text repeats an earlier file's: (the repeat, the file kept).
        public var duplicates: [(path: String, original: String)] = []
    }

    public func read(_ paths: [String], language: LanguageTag, dates: [String: Day] = [:]) -> Result {
        let progress = self.progress
        let outcomes = ParallelWork.map(paths.count, threads: threads, state: { ReaderState() }) { state, index -> Outcome in
            defer { progress(index) }
            return state.read(paths[index], language: language, date: dates[paths[index]])
        }
        var result = Result()
        var seen: [Int: [Int]] = [:]  // text hash -> documents
        for (path, outcome) in zip(paths, outcomes) {
            switch outcome {
            case .failure(let message): result.problems.append((path, message))
            case .success(let document, let textHash):
                if let earlier = seen[textHash]?.first(where: { result.documents[$0].text.sentences == document.text.sentences }) {
                    result.duplicates.append((path, result.documents[earlier].path))
                    continue
                }
                seen[textHash, default: []].append(result.documents.count)
                result.documents.append(document)
            }
        }
        return result
    }

    enum Outcome: Sendable {
        case success(PairingDocument, textHash: Int)
        case failure(String)
    }

    /// One thread's segmenter and anchor extractor (neither is shared across threads).
    final class ReaderState {
        var segmenters: [LanguageTag: SentenceSegmenter] = [:]
        let extractor = AnchorExtractor()

        func read(_ path: String, language: LanguageTag, date: Day?) -> Outcome {
            do {
                let text = try TextFile.read(path)
                guard text.contains(where: { !$0.isWhitespace }) else { return .failure("\(path): empty file (no text to pair)") }
                let segmenter = try segmenters[language] ?? SentenceSegmenter(language: language)
                segmenters[language] = segmenter
                let document = try segmenter.document(text, origin: path)
                let anchored = extractor.extract(document.sentenceTexts, language: language)
                return .success(PairingDocument(path: path, date: date, text: anchored), textHash: text.hashValue)
            } catch let error as InputError {
                return .failure(error.description)
            } catch {
                return .failure("\(path): \(error)")
            }
        }
    }
}
