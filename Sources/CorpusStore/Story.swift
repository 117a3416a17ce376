public import CorpusModel
import Foundation

/// A story folder in `Corpora/`: one `LANG.txt` per language version (running prose, paragraphs
/// separated by blank lines) and a `manifest.json` (title, date, languages, sources, licence).
public struct Story: Sendable {
    public let name: String
    public let folder: String
    public let manifest: Manifest?
    /// The language versions, in the manifest's order (else sorted), with their file paths.
    public let versions: [(language: LanguageTag, path: String)]

    public struct Manifest: Codable, Sendable {
        public var title: [String: String]?
        public var date: String?
        /// A collection's span of dates, "2011-08-20/2011-08-27".
        public var dates: String?
        public var languages: [LanguageTag]?
        public var sources: String?
        public var licence: String?
        public var original: Bool?
    }

    /// Opens the story in `folder`. Every `*.txt` file must be named by a language code.
    public static func open(_ folder: String) throws(CorpusError) -> Story {
        let url = URL(fileURLWithPath: folder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw .missingFolder(folder)
        }
        guard isDirectory.boolValue else { throw .notAFolder(folder) }
        let entries: [String]
        do { entries = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw .unreadable(folder, reason: "\(error.localizedDescription)")
        }
        var found: [LanguageTag: String] = [:]
        for entry in entries.sorted() where entry.hasSuffix(".txt") {
            let stem = String(entry.dropLast(4))
            guard let language = try? LanguageTag(stem) else {
                throw .unexpectedFile(url.appendingPathComponent(entry).path,
                                      reason: "story texts are named by language code, e.g. en.txt, ru.txt, ko.txt")
            }
            found[language] = url.appendingPathComponent(entry).path
        }
        let manifest = try readManifest(url.appendingPathComponent("manifest.json").path)
        var order = manifest?.languages ?? found.keys.sorted()
        for language in order where found[language] == nil {
            throw .missingLanguage(folder, language: language)
        }
        order += found.keys.filter { !order.contains($0) }.sorted()
        guard order.count >= 2 else { throw .tooFewLanguages(folder, found: order) }
        return Story(name: url.standardizedFileURL.lastPathComponent, folder: folder, manifest: manifest,
                     versions: order.map { ($0, found[$0]!) })
    }

    static func readManifest(_ path: String) throws(CorpusError) -> Manifest? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            return try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch let error as DecodingError {
            throw .malformedManifest(path, reason: Self.describe(error))
        } catch {
            throw .malformedManifest(path, reason: error.localizedDescription)
        }
    }

    /// A JSON decoding failure in words: which field, what was expected.
    static func describe(_ error: DecodingError) -> String {
        func field(_ path: [CodingKey]) -> String {
            path.isEmpty ? "the top level" : "field '" + path.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined().dropFirst() + "'"
        }
        switch error {
        case let .typeMismatch(type, context), let .valueNotFound(type, context):
            let name = "\(type)"
            let expected = name.hasPrefix("Dictionary") ? "an object (e.g. {\"en\": \"…\", \"ru\": \"…\"})" : name.hasPrefix("Array") ? "a list"
                : type == String.self ? "a string" : type == Bool.self ? "true or false" : name
            return "\(field(context.codingPath)): expected \(expected); fix manifest.json"
        case let .keyNotFound(key, context):
            return "\(field(context.codingPath + [key])) is missing"
        case let .dataCorrupted(context):
            return context.codingPath.isEmpty ? "not valid JSON (\(context.debugDescription))" : "\(field(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    /// The last day the corpus in `folder` covers, from its manifest.json ("date", or the end of
    /// "dates"), as seconds since 1970: a build's outputs are dated by their corpus, so that
    /// building again gives the same bytes.
    public static func corpusDate(_ folder: String) -> Int? {
        guard let manifest = try? readManifest((folder as NSString).appendingPathComponent("manifest.json")),
              let text = manifest.dates.map({ String($0.split(separator: "/").last ?? "") }) ?? manifest.date,
              let day = Day(text) else { return nil }
        return day.value * 86_400
    }

    /// Where `rosetta build` writes by default: `Alignments/<story>` beside the `Corpora/` folder
    /// that holds the story, else `Alignments/<story>` in the current folder.
    public var defaultOutputFolder: String { Self.outputFolder(for: folder) }

    /// `Alignments/<name>` beside the `Corpora/` folder that holds `folder` (a story or a
    /// collection), else `Alignments/<name>` in the current folder.
    public static func outputFolder(for folder: String) -> String {
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        let parent = url.deletingLastPathComponent()
        let root = parent.lastPathComponent == "Corpora" ? parent.deletingLastPathComponent() : URL(fileURLWithPath: ".")
        let path = root.appendingPathComponent("Alignments").appendingPathComponent(url.lastPathComponent).standardizedFileURL.path
        let here = FileManager.default.currentDirectoryPath
        return path.hasPrefix(here + "/") ? String(path.dropFirst(here.count + 1)) : path
    }
}

public enum CorpusError: Error, Equatable, CustomStringConvertible {
    case missingFolder(String)
    case notAFolder(String)
    case unreadable(String, reason: String)
    case unexpectedFile(String, reason: String)
    case missingLanguage(String, language: LanguageTag)
    case tooFewLanguages(String, found: [LanguageTag])
    case malformedManifest(String, reason: String)

    public var description: String {
        switch self {
        case .missingFolder(let folder): "\(folder): no such folder"
        case .notAFolder(let folder): "\(folder): not a folder (expected a story folder such as Corpora/kim-medvedev-2011)"
        case let .unreadable(folder, reason): "\(folder): cannot read: \(reason)"
        case let .unexpectedFile(file, reason): "\(file): \(reason)"
        case let .missingLanguage(folder, language): "\(folder): the manifest lists '\(language)' but there is no \(language).txt"
        case let .tooFewLanguages(folder, found):
            "\(folder): a story or collection needs at least two languages to align, found \(found.isEmpty ? "none" : found.map(\.identifier).joined(separator: ", "))"
        case let .malformedManifest(file, reason): "\(file): malformed manifest: \(reason)"
        }
    }
}
