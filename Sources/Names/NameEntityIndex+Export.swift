public import CorpusModel

/// Listings of an entity index: a table for people, CSV and JSON for programs, and a glossary of
/// variants per entity for translators (CSV rows, or TBX 2019 Basic: one concept entry per entity,
/// one language section per language, the canonical form first, variants as admitted terms).
extension NameEntityIndex {
    public func table(languages: [LanguageTag]) -> String {
        var out = "key\tcount\t" + languages.map(\.identifier).joined(separator: "\t") + "\n"
        for entity in sorted {
            out += "\(entity.key.value)\t\(entity.count)"
            for language in languages {
                let variants = entity.sortedVariants(language).map { "\($0.0) (\($0.1))" }.joined(separator: "; ")
                out += "\t" + (entity.canonical[language].map { "\($0): " } ?? "") + variants
            }
            out += "\n"
        }
        return out
    }

    /// CSV (RFC 4180): key, language, canonical form, variant, count — one row per variant.
    public func csv() -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingAll("\"", with: "\"\"") + "\"" : text
        }
        var out = "key,language,canonical,variant,count\r\n"
        for entity in sorted {
            for language in entity.variants.keys.sorted() {
                for (variant, count) in entity.sortedVariants(language) {
                    out += [entity.key.value, language.identifier, entity.canonical[language] ?? "", variant, String(count)]
                        .map(field).joined(separator: ",") + "\r\n"
                }
            }
        }
        return out
    }

    public func json() -> String {
        func string(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 { out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16) }
                    else { out.unicodeScalars.append(scalar) }
                }
            }
            return out + "\""
        }
        var entries: [String] = []
        for entity in sorted {
            var languages: [String] = []
            for language in entity.variants.keys.sorted() {
                let variants = entity.sortedVariants(language).map { "{\"form\": \(string($0.0)), \"count\": \($0.1)}" }
                languages.append("\(string(language.identifier)): {\"canonical\": \(string(entity.canonical[language] ?? "")), \"variants\": [\(variants.joined(separator: ", "))]}")
            }
            entries.append("  {\"key\": \(string(entity.key.value)), \"count\": \(entity.count), \"languages\": {\(languages.joined(separator: ", "))}}")
        }
        return "[\n" + entries.joined(separator: ",\n") + "\n]\n"
    }

    public func tbx() -> String {
        func escape(_ text: String) -> String {
            text.replacingAll("&", with: "&amp;").replacingAll("<", with: "&lt;").replacingAll(">", with: "&gt;")
                .replacingAll("\"", with: "&quot;")
        }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader><fileDesc><sourceDesc><p>Name variants found by rosetta names</p></sourceDesc></fileDesc></tbxHeader>
              <text><body>

            """
        for (number, entity) in sorted.enumerated() {
            out += "    <conceptEntry id=\"c\(number + 1)\">\n"
            out += "      <descrip type=\"definition\">\(escape(entity.key.value))</descrip>\n"
            for language in entity.variants.keys.sorted() {
                out += "      <langSec xml:lang=\"\(language.identifier)\">\n"
                let canonical = entity.canonical[language]
                var forms = entity.sortedVariants(language).map(\.0)
                if let canonical { forms.removeAll { $0 == canonical }; forms.insert(canonical, at: 0) }
                for form in forms {
                    let status = form == canonical ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts"
                    out += "        <termSec><term>\(escape(form))</term><termNote type=\"administrativeStatus\">\(status)</termNote></termSec>\n"
                }
                out += "      </langSec>\n"
            }
            out += "    </conceptEntry>\n"
        }
        return out + "  </body></text>\n</tbx>\n"
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
