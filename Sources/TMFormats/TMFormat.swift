/// The memory formats Rosetta reads and writes, chosen by file extension.
public enum TMFormat: String, Sendable, CaseIterable {
    case tmx, csv, tsv

    public var fileExtensions: [String] {
        switch self {
        case .tmx: TMXWriter.fileExtensions
        case .csv: ["csv"]
        case .tsv: ["tsv", "tab"]
        }
    }

    public var mediaType: String {
        switch self {
        case .tmx: TMXWriter.mediaType
        case .csv: CSVWriter.mediaType
        case .tsv: "text/tab-separated-values"
        }
    }

    /// Whether the format is a table whose header row names the languages (CSV, TSV): its writer
    /// needs ``WriterOptions/languages`` before the first unit, and keeps no header metadata.
    public var hasLanguageColumns: Bool {
        switch self {
        case .tmx: false
        case .csv, .tsv: true
        }
    }

    /// The format a path's extension names (case-insensitively), if any.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        guard let format = Self.allCases.first(where: { $0.fileExtensions.contains(ext) }) else { return nil }
        self = format
    }
}
