/// Errors of the Names module; each says where and what to do.
public enum NamesError: Error, Equatable, CustomStringConvertible {
    case malformedLexicon(file: String, line: Int, reason: String)
    case malformedKeyRequest(line: Int, reason: String)

    public var description: String {
        switch self {
        case let .malformedLexicon(file, line, reason):
            "\(file):\(line): \(reason); fix the line or remove it"
        case let .malformedKeyRequest(line, reason):
            "line \(line): \(reason); expected LANG<TAB>SURFACE, e.g. 'ru\tКим Чен Ир'"
        }
    }
}
