/// A cross-script key for a name: every spelling of one person, place or organization gets the
/// same key ("Kim Jong Il", "Kim Chong-il", "Ким Чен Ира", "김정일은", "金正日"), and names that
/// differ get different keys (Kim Jong Un, Medvedeva).
///
/// Three kinds of value: `@id` for an entity of the gazetteer ("@kim-jong-il"), `#letters` for
/// an acronym it does not know ("#fwc", `Acronyms`), and otherwise the name's sound-class
/// spelling (see `PhoneticKey`), such as "metpetep" for Medvedev. Keying a key gives it back
/// (`key(for: key.value) == key`).
public struct NameKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: String
    public init(value: String) { self.value = value }
    public var description: String { value }
    public var isEmpty: Bool { value.isEmpty }
    /// The gazetteer ID, for a key of a gazetteer entity.
    public var entityID: String? { value.hasPrefix("@") ? String(value.dropFirst()) : nil }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }
}
