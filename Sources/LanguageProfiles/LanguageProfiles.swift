public import CorpusModel
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The profiles that ship with Rosetta (`Languages/<code>/`, compiled in as `ShippedFiles`), and
/// the one question every module asks: what is known about this language?
public enum LanguageProfiles {
    /// Every shipped profile by code, "mul" (shared by all languages) included. Reading them all
    /// costs a few milliseconds (the lexicons); `profile(code:)` reads one folder only.
    public static var shipped: [String: LanguageProfile] {
        Dictionary(uniqueKeysWithValues: (codes + ["mul"]).compactMap { code in loaded(code).map { (code, $0) } })
    }

    /// What every language shares ("mul": boilerplate of any language's copy).
    public static var common: LanguageProfile? { loaded("mul") }

    /// The codes of the languages with a profile, sorted ("mul" left out).
    public static let codes: [String] = Set(ShippedFiles.text.keys.compactMap { path in
        path.split(separator: "/", maxSplits: 1).first.map(String.init)
    }).subtracting(["mul"]).sorted()

    /// One shipped folder, read and checked on first use.
    static func loaded(_ code: String) -> LanguageProfile? {
        if let known = cache.withLock({ $0[code] }) { return known }
        let prefix = code + "/"
        let files = ShippedFiles.text.filter { $0.key.hasPrefix(prefix) }
        guard !files.isEmpty else { return nil }
        let profile: LanguageProfile
        do throws(LanguageProfileError) {
            profile = try LanguageProfile(code: code, files: Dictionary(uniqueKeysWithValues: files.map { (String($0.key.dropFirst(prefix.count)), $0.value) }),
                                          folder: "Languages/\(code)")
        } catch {
            // Shipped data is checked by the tests; a broken build names the file and stops.
            fatalError("Rosetta's shipped language data is broken: \(error)")
        }
        cache.withLock { $0[code] = profile }
        return profile
    }

    private static let cache = Mutex<[String: LanguageProfile]>([:])

    /// The profile of `language` (by its primary subtag: "de-CH" reads "de"), or nil.
    public static func profile(for language: LanguageTag) -> LanguageProfile? { profile(code: language.language) }

    public static func profile(code: some StringProtocol) -> LanguageProfile? {
        let code = String(code)
        return code == "mul" || !codes.contains(code) ? nil : loaded(code)
    }

    /// The first language (by code) whose profile lists `script` (ISO 15924, "Hang").
    public static func code(writing script: String) -> String? {
        codes.first { loaded($0)?.scripts.contains(script) == true }
    }

    /// A small number per profiled language (its place in `codes`), and `codes.count` for every
    /// other language: for per-language caches.
    public static func slot(code: some StringProtocol) -> Int {
        let code = String(code)
        return codes.firstIndex(of: code) ?? codes.count
    }

    /// The profile of `language`; for a language without one, says once on stderr that only ICU
    /// and the length model will serve it.
    public static func profileOrNotice(for language: LanguageTag) -> LanguageProfile? {
        if let profile = profile(for: language) { return profile }
        let code = String(language.language)
        let isNew = noticed.withLock { $0.insert(code).inserted }
        if isNew {
            let message = "rosetta: no language profile for '\(code)' (profiles: \(codes.joined(separator: ", "))): "
                + "segmenting with ICU's rules and aligning by length and language-neutral evidence only\n"
            _ = message.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress!, $0.count - 1) }
        }
        return nil
    }

    private static let noticed = Mutex<Set<String>>([])
}
