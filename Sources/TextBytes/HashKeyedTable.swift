/// A table keyed by 64-bit hashes of text (FNV-1a of a word's bytes): the caches that are looked up
/// for every word of a corpus (name runs, Korean words, cognates).
///
/// Open addressing with linear probing, key and value side by side (a lookup is one cache miss);
/// the slot is the key times a Fibonacci constant, top bits. Swift's `Dictionary` hashes a
/// `UInt64` key again with SipHash and keeps keys and values apart. No removal but `removeAll`.
public struct HashKeyedTable<Value> {
    @usableFromInline struct Entry {
        @usableFromInline var key: UInt64
        @usableFromInline var value: Value?
        @inlinable init(key: UInt64, value: Value?) { self.key = key; self.value = value }
    }

    @usableFromInline var entries: [Entry]
    @usableFromInline var shift: UInt64
    @usableFromInline var filled = 0
    public var count: Int { filled }

    /// Room for 768 keys before the first growth (a document's words run to thousands).
    public init() {
        entries = Array(repeating: Entry(key: 0, value: nil), count: 1024)
        shift = 64 - 10
    }

    @inlinable @inline(__always)
    func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    @inlinable
    public subscript(key: UInt64) -> Value? {
        @inline(__always) get {
            let mask = entries.count - 1
            var index = slot(key)
            while let value = entries[index].value {
                if entries[index].key == key { return value }
                index = (index + 1) & mask
            }
            return nil
        }
        @inline(__always) set {
            guard let newValue else { return }
            // At most three quarters full: probes stay short (entries side by side), and a
            // document's caches take less memory to fill.
            if (filled + 1) * 4 > entries.count * 3 { grow() }
            if place(key, newValue) { filled += 1 }
        }
    }

    /// Puts the value in the key's slot; whether the key is new.
    @inlinable
    mutating func place(_ key: UInt64, _ value: Value) -> Bool {
        let mask = entries.count - 1
        var index = slot(key)
        while entries[index].value != nil {
            if entries[index].key == key {
                entries[index].value = value
                return false
            }
            index = (index + 1) & mask
        }
        entries[index] = Entry(key: key, value: value)
        return true
    }

    @inlinable
    mutating func grow() {
        let old = entries
        entries = Array(repeating: Entry(key: 0, value: nil), count: old.count * 2)
        shift -= 1
        for entry in old {
            if let value = entry.value { _ = place(entry.key, value) }
        }
    }

    public mutating func removeAll() { self = HashKeyedTable() }
}
