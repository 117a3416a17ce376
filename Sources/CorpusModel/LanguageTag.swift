/// A BCP 47 language tag ("en", "ru", "ko", "zh-Hant", "pt-BR"), stored in canonical case.
///
/// Input is compared case-insensitively and `_` is accepted as a separator (`pt_br` reads as
/// `pt-BR`), but a tag is always written with `-`, since CAT tools reject `_`.
public struct LanguageTag: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The canonical spelling: language lower case, script title case, region upper case.
    public let identifier: String

    /// The primary language subtag ("en" for "en-GB").
    public var language: Substring { identifier.prefix { $0 != "-" } }

    public init(_ text: String) throws(LanguageTagError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        guard let first = parts.first, (2...3).contains(first.count) || (5...8).contains(first.count),
              first.allSatisfy(\.isASCIILetter)
        else { throw .malformed(text) }
        var canonical = [first.lowercased()]
        for part in parts.dropFirst() {
            guard (1...8).contains(part.count), part.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit })
            else { throw .malformed(text) }
            switch part.count {
            case 4 where part.allSatisfy(\.isASCIILetter): canonical.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            case 2 where part.allSatisfy(\.isASCIILetter): canonical.append(part.uppercased())
            default: canonical.append(part.lowercased())
            }
        }
        identifier = canonical.joined(separator: "-")
    }

    public var description: String { identifier }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.identifier < rhs.identifier }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try LanguageTag(text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(identifier)
    }

    public static let english = try! LanguageTag("en")
    public static let russian = try! LanguageTag("ru")
    public static let korean = try! LanguageTag("ko")
}

public enum LanguageTagError: Error, Equatable, CustomStringConvertible {
    case malformed(String)
    case unknown(String)

    public var description: String {
        switch self {
        case .malformed(let text): "'\(text)' is not a BCP 47 language tag (expected e.g. en, ru, ko, pt-BR)"
        case .unknown(let text): "unknown language '\(text)' (expected an ISO 639 code such as en, ru, ko)"
        }
    }
}

extension Character {
    var isASCIILetter: Bool { isASCII && isLetter }
    var isASCIIDigit: Bool { isASCII && isNumber }
}
