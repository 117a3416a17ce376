public import CorpusModel
import Foundation

/// A collection in `Corpora/`: wire feeds, one folder per language (`en/`, `ru/`, `ko/`, named by
/// language code) of reports named by id or time, with an optional `collection.tsv` manifest
/// (`file<TAB>lang<TAB>date<TAB>source`, file relative to the collection, date YYYY-MM-DD) and
/// an optional `manifest.json` like a story's (title, languages, sources, licence).
/// Which reports translate which is what `DocumentPairing` finds out.
public struct Collection: Sendable {
    public let name: String
    public let folder: String
    /// The language folders, in the order of `manifest.json`'s "languages" (else by code), with
    /// their report files (sorted paths).
    public let languages: [(language: LanguageTag, folder: String, files: [String])]
    /// Dates from the manifest, by file path (as listed in `languages`).
    public let dates: [String: Day]
    /// Files the manifest lists that are missing, and other manifest lines it could not use.
    public let manifestProblems: [String]

    /// The manifest's file name.
    public static let manifestName = "collection.tsv"

    /// Whether `folder` is laid out as a collection (a subfolder named by a language code)
    /// rather than a story (`LANG.txt` files).
    public static func isCollection(_ folder: String) -> Bool {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return false }
        return entries.contains { entry in
            var isDirectory: ObjCBool = false
            return (try? LanguageTag(entry)) != nil
                && FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(entry), isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
    }

    public static func open(_ folder: String) throws(CorpusError) -> Collection {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else { throw .missingFolder(folder) }
        guard isDirectory.boolValue else { throw .notAFolder(folder) }
        let entries: [String]
        do { entries = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw .unreadable(folder, reason: error.localizedDescription)
        }
        var languages: [(LanguageTag, String, [String])] = []
        for entry in entries.sorted() {
            let path = (folder as NSString).appendingPathComponent(entry)
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
                  let language = try? LanguageTag(entry) else { continue }
            languages.append((language, path, try reports(in: path)))
        }
        guard languages.count >= 2 else { throw .tooFewLanguages(folder, found: languages.map(\.0)) }
        // The order of manifest.json's "languages" (as a story's), then the rest by code.
        let order = try Story.readManifest((folder as NSString).appendingPathComponent("manifest.json"))?.languages ?? []
        languages.sort { a, b in
            let (x, y) = (order.firstIndex(of: a.0) ?? Int.max, order.firstIndex(of: b.0) ?? Int.max)
            return x != y ? x < y : a.0.identifier < b.0.identifier
        }
        let url = URL(fileURLWithPath: folder)
        var dates: [String: Day] = [:], problems: [String] = []
        let manifest = (folder as NSString).appendingPathComponent(manifestName)
        if FileManager.default.fileExists(atPath: manifest) {
            (dates, problems) = try readManifest(manifest, folder: folder)
        }
        return Collection(name: url.standardizedFileURL.lastPathComponent, folder: folder,
                          languages: languages.map { (language: $0.0, folder: $0.1, files: $0.2) }, dates: dates, manifestProblems: problems)
    }

    /// The report files of a language folder: every regular file but hidden ones, sorted.
    public static func reports(in folder: String) throws(CorpusError) -> [String] {
        let entries: [String]
        do { entries = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw .unreadable(folder, reason: error.localizedDescription)
        }
        var isDirectory: ObjCBool = false
        return entries.sorted().filter { !$0.hasPrefix(".") }.map { (folder as NSString).appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && !isDirectory.boolValue }
    }

    /// Reads `collection.tsv`: dates by file path (joined to the collection folder), and the
    /// lines it could not use, each with its line number.
    public static func readManifest(_ path: String, folder: String) throws(CorpusError) -> (dates: [String: Day], problems: [String]) {
        let text: String
        do { text = try TextFile.read(path) } catch { throw .unreadable(path, reason: error.description) }
        var dates: [String: Day] = [:], problems: [String] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if fields.allSatisfy(\.isEmpty) || fields.first?.hasPrefix("#") == true { continue }
            if number == 0 && fields.first == "file" { continue }
            guard fields.count >= 3 else {
                problems.append("\(path):\(number + 1): expected file<TAB>lang<TAB>date<TAB>source, got \(fields.count) field\(fields.count == 1 ? "" : "s")")
                continue
            }
            let file = (folder as NSString).appendingPathComponent(fields[0])
            guard FileManager.default.fileExists(atPath: file) else {
                problems.append("\(path):\(number + 1): \(fields[0]) is listed but not found")
                continue
            }
            if fields[2].isEmpty { continue }
            guard let day = Day(fields[2]) else {
                problems.append("\(path):\(number + 1): '\(fields[2])' is not a date (expected YYYY-MM-DD)")
                continue
            }
            dates[file] = day
        }
        return (dates, problems)
    }
}

/// A calendar day, as days since 1970-01-01 (proleptic Gregorian): what date windows compare.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: Int

    public init(value: Int) { self.value = value }

    /// Parses YYYY-MM-DD (a time after it, as in ISO 8601, is ignored).
    public init?(_ text: String) {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d), parts[0].count == 4 else { return nil }
        // Days from civil (H. Hinnant's algorithm).
        let year = m <= 2 ? y - 1 : y
        let era = (year >= 0 ? year : year - 399) / 400
        let yoe = year - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        value = era * 146_097 + doe - 719_468
    }

    public static func < (a: Day, b: Day) -> Bool { a.value < b.value }
    public var description: String { "day \(value)" }
}
