public import CorpusModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a reader takes its bytes from: a file (read in chunks, never whole) or memory.
public enum TMInput: Sendable {
    case file(String)
    case bytes([UInt8], name: String)

    /// The name errors give.
    public var name: String {
        switch self {
        case .file(let path): path
        case .bytes(_, let name): name
        }
    }

    /// The first `count` bytes (fewer for a shorter input).
    func head(_ count: Int) throws -> [UInt8] {
        var head: [UInt8] = []
        do {
            try forEachChunk { chunk in
                head.append(contentsOf: chunk.prefix(count - head.count))
                if head.count >= count { throw HeadRead() }
            }
        } catch is HeadRead {}
        return head
    }

    private struct HeadRead: Error {}

    /// Calls `body` with successive chunks of the input.
    func forEachChunk(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        switch self {
        case .bytes(let bytes, _):
            try bytes.withUnsafeBufferPointer { try body($0) }
        case .file(let path):
            guard let file = fopen(path, "rb") else {
                throw TMFormatError.unreadable(file: path, reason: String(cString: strerror(errno)))
            }
            defer { fclose(file) }
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
                if count > 0 { try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[..<count])) } }
                if count < buffer.count {
                    if ferror(file) != 0 { throw TMFormatError.unreadable(file: path, reason: "read error") }
                    return
                }
            }
        }
    }
}

/// A streaming reader: hands each unit to a closure as soon as it is read, so memory does not
/// grow with the file (Okapi's IFilter, push-style because XMLParser is push-based).
public protocol TranslationUnitReader: AnyObject {
    /// Reads the whole input, calling `body` with each unit in file order. Strict readers throw
    /// the first fault; lenient ones skip faulty units and count them in the report.
    func read(_ body: (TranslationUnit) throws -> Void) throws -> ReadReport
}

/// What a read found besides the units.
public struct ReadReport: Sendable, Equatable {
    public var unitsRead = 0
    /// Units left out by lenient reading, and the first few reasons.
    public var unitsSkipped = 0
    public var problems: [TMFormatError] = []
    /// TMX inline elements whose native code was dropped (`<bpt>`, `<ept>`, `<it>`, `<ph>`, `<ut>`).
    public var inlineCodesRemoved = 0
    /// CSV columns that are neither languages nor known extras (`tuid`, `note`, other `x-…`).
    public var ignoredColumns: [String] = []
    /// The memory's source language (TMX `srclang`); nil for `*all*` or none.
    public var sourceLanguage: LanguageTag?
    /// The TMX header's creation date, seconds since 1970.
    public var creationDate: Int?
    /// The TMX version attribute.
    public var version: String?
    /// The TMX header's props and notes (its attributes are the writer's own).
    public var headerMetadata = TMXMetadata()
    /// The TMX header's datatype.
    public var dataType: String?
    public init() {}

    static let problemsKept = 20

    mutating func skip(_ problem: TMFormatError) {
        unitsSkipped += 1
        if problems.count < Self.problemsKept { problems.append(problem) }
    }
}

extension TMFormat {
    /// A reader for this format.
    public func reader(_ input: TMInput, lenient: Bool = false, spreadsheetGuarded: Bool = false) -> any TranslationUnitReader {
        switch self {
        case .tmx: TMXReader(input: input, lenient: lenient)
        case .csv: CSVReader(input: input, options: .init(delimiter: .comma, lenient: lenient, spreadsheetGuarded: spreadsheetGuarded))
        case .tsv: CSVReader(input: input, options: .init(delimiter: .tab, lenient: lenient, spreadsheetGuarded: spreadsheetGuarded))
        }
    }
}
