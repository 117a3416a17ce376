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

    /// The format a path's extension names (case-insensitively), if any.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        guard let format = Self.allCases.first(where: { $0.fileExtensions.contains(ext) }) else { return nil }
        self = format
    }
}
