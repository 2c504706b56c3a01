// normalizeKey, character by character where that is provably the same.
//
// normalizeKey runs NFKC, ICU's Traditional-Simplified transliterator,
// whitespace removal and case folding over the whole text; the
// transliterator dominates validation time (a rule match per character). For
// most text every step works one character at a time, so the key of a text is
// the concatenation of its characters' keys, which are computed once per
// process. That holds unless
//   - a character interacts with its neighbours under NFKC (no normalisation
//     boundary before or after it: combining marks, Hangul jamo …) or maps to
//     another CJK character under NFKC (compatibility ideographs, radicals),
//     or is half of a surrogate pair — such a character is "unsafe"; or
//   - the text holds the source of a multi-character transliteration rule
//     (單于 -> 单于 but 單 -> 单 alone: ICU 72 has ~1,000 such phrases),
//     matched here even across whitespace, which normalizeKey may remove
//     before or after transliterating.
// Either case falls back to normalizeKey itself, so the result is always
// exactly normalizeKey's. The rules are read from the same ICU transliterator
// (Traditional-Simplified) that traditional_to_simplified.cpp uses.
#include "huibao/text/key_cache.hpp"

#include "huibao/text/text.hpp"
#include "traditional_to_simplified.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

namespace huibao {
namespace {

constexpr char16_t kSeparator = 0x0001; // kept by every step, joins no rule

class CharacterKeys {
public:
    static CharacterKeys& instance() {
        // Never destroyed: a warm-up thread may still be filling it at exit.
        static CharacterKeys& keys = *new CharacterKeys;
        return keys;
    }

    // Builds the blocks of the CJK unified ideographs and CJK punctuation,
    // the characters of nearly every cell Huibao reads.
    void buildCommonBlocks() {
        for (char16_t c = 0x3000; c < 0x3100; c += kBlockSize) entryOf(c);
        for (char32_t c = 0x4E00; c < 0xA000; c += kBlockSize) entryOf(static_cast<char16_t>(c));
        for (char16_t c = 0xFF00; c != 0 && c < 0xFFF0; c += kBlockSize) entryOf(c);
    }

    // false when the text must go through normalizeKey.
    bool append(std::u16string_view text, std::u16string& out) {
        // Keys are built in a buffer and appended once: a cell's text is short.
        constexpr std::size_t kBufferChars = 128;
        if (text.size() > kBufferChars) return appendEach(text, out);
        char16_t buffer[kBufferChars * kMaxKeyLength];
        std::size_t length = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const Entry& entry = entryOf(text[i]);
            if (entry.unsafe || (entry.phraseList != 0 && phraseAt(entry.phraseList, text, i))) return false;
            for (int k = 0; k < kMaxKeyLength; ++k) buffer[length + k] = entry.key[k];
            length += entry.length;
        }
        out.append(buffer, length);
        return true;
    }

    // The first code unit of normalizeKey(text), when the characters up to
    // the first one whose key is not empty all take the character path: the
    // key then starts with that character's key, whatever follows (a later
    // character that is unsafe or starts a phrase changes only its own part:
    // a safe character has a normalisation boundary on both sides, and no
    // phrase starts before it). nullopt otherwise, or when the key is empty.
    std::optional<char16_t> firstKeyUnit(std::u16string_view text) {
        for (std::size_t i = 0; i < text.size(); ++i) {
            const Entry& entry = entryOf(text[i]);
            if (entry.unsafe || entry.phraseList != 0) return std::nullopt;
            if (entry.length > 0) return entry.key[0];
        }
        return std::nullopt;
    }

private:
    static constexpr int kMaxKeyLength = 4; // longer keys (ligatures like ﷺ) take the slow path
    struct Entry {
        char16_t key[kMaxKeyLength] = {};
        unsigned char length = 0;
        bool unsafe = false;
        // 1 + the index in phraseLists_ of the phrases starting with this
        // character; 0 when none does.
        std::uint16_t phraseList = 0;
    };
    static constexpr int kBlockSize = 256;
    static constexpr int kBlocks = 0x10000 / kBlockSize;

    CharacterKeys() {
        UErrorCode status = U_ZERO_ERROR;
        nfkc_ = icu::Normalizer2::getNFKCInstance(status);
        if (U_FAILURE(status)) nfkc_ = nullptr;
        loadPhrases();
    }

    bool appendEach(std::u16string_view text, std::u16string& out) {
        const std::size_t start = out.size();
        for (std::size_t i = 0; i < text.size(); ++i) {
            const Entry& entry = entryOf(text[i]);
            if (entry.unsafe || (entry.phraseList != 0 && phraseAt(entry.phraseList, text, i))) {
                out.resize(start);
                return false;
            }
            out.append(entry.key, entry.length);
        }
        return true;
    }

    const Entry& entryOf(char16_t c) {
        const int block = c / kBlockSize;
        // Built once, by whichever thread needs it first (double-checked:
        // the acquire load sees a finished block).
        if (!blockReady_[block].load(std::memory_order_acquire)) {
            std::lock_guard<std::mutex> lock(buildMutex_);
            if (!blockReady_[block].load(std::memory_order_relaxed)) {
                buildBlock(block);
                blockReady_[block].store(true, std::memory_order_release);
            }
        }
        return entries_[c];
    }

    void loadPhrases() {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> transliterator(
            icu::Transliterator::createInstance(icu::UnicodeString(u"Traditional-Simplified"), UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !transliterator) {
            available_ = false;
            return;
        }
        icu::UnicodeString rules;
        transliterator->toRules(rules, false);
        const std::u16string_view text(rules.getBuffer(), static_cast<std::size_t>(rules.length()));
        // Lines read `source > target;`. Anything but plain characters in a
        // source (escapes, sets, contexts) would defeat this reading: then the
        // fast path is off altogether.
        std::size_t lineStart = 0;
        while (lineStart < text.size()) {
            std::size_t lineEnd = text.find(u'\n', lineStart);
            if (lineEnd == std::u16string_view::npos) lineEnd = text.size();
            const std::u16string_view line = text.substr(lineStart, lineEnd - lineStart);
            lineStart = lineEnd + 1;
            if (line.empty() || line.starts_with(u"#")) continue;
            const std::size_t arrow = line.find(u" > ");
            if (arrow == std::u16string_view::npos) {
                if (line.starts_with(u"::")) continue; // a filter or transform id: no phrase
                available_ = false;
                return;
            }
            const std::u16string_view source = line.substr(0, arrow);
            for (char16_t c : source) {
                if (c < 0x80 || (c >= 0xD800 && c <= 0xDFFF)) {
                    available_ = false; // syntax or supplementary characters: not a plain phrase
                    return;
                }
            }
            if (source.size() >= 2) phrases_[source.front()].emplace_back(source);
        }
        if (phrases_.size() >= 0xFFFF) {
            available_ = false; // cannot happen with one list per BMP character; never guess
            return;
        }
        for (auto& [first, list] : phrases_) {
            phraseLists_.push_back(std::move(list));
            phraseListOf_.emplace(first, static_cast<std::uint16_t>(phraseLists_.size()));
        }
        phrases_.clear();
    }

    // A phrase of list phraseList (1-based) starting at text[at], whitespace
    // between its characters allowed.
    bool phraseAt(std::uint16_t phraseList, std::u16string_view text, std::size_t at) const {
        for (const std::u16string& phrase : phraseLists_[phraseList - 1]) {
            std::size_t i = at, j = 0;
            while (i < text.size() && j < phrase.size()) {
                if (j > 0 && isSpaceChar(text[i])) {
                    ++i;
                    continue;
                }
                if (text[i] != phrase[j]) break;
                ++i;
                ++j;
            }
            if (j == phrase.size()) return true;
        }
        return false;
    }

    bool isUnsafe(char16_t c) const {
        if (!available_ || !nfkc_) return true;
        if (c >= 0xD800 && c <= 0xDFFF) return true;
        if (c == kSeparator) return true;
        if (!nfkc_->hasBoundaryBefore(c) || !nfkc_->hasBoundaryAfter(c)) return true;
        icu::UnicodeString mapped;
        if (nfkc_->getDecomposition(c, mapped)) {
            // Full-width forms become ASCII, which no rule reads; a mapping to
            // another CJK character could complete a phrase.
            for (int32_t i = 0; i < mapped.length(); ++i) {
                if (mapped.charAt(i) >= 0x2E80) return true;
            }
        }
        return false;
    }

    // One normalizeKey call per 256 characters: the block's safe characters
    // joined by a separator no step touches.
    void buildBlock(int block) {
        const char16_t first = static_cast<char16_t>(block * kBlockSize);
        std::u16string joined;
        std::vector<char16_t> safe;
        for (int i = 0; i < kBlockSize; ++i) {
            const char16_t c = static_cast<char16_t>(first + i);
            Entry& entry = entries_[c];
            entry.unsafe = isUnsafe(c);
            if (entry.unsafe) continue;
            if (const auto list = phraseListOf_.find(c); list != phraseListOf_.end()) entry.phraseList = list->second;
            safe.push_back(c);
            joined += c;
            joined += kSeparator;
        }
        const std::u16string keys = normalizeKey(joined);
        std::vector<std::u16string_view> pieces;
        std::size_t position = 0;
        for (std::size_t end; (end = keys.find(kSeparator, position)) != std::u16string::npos; position = end + 1) {
            pieces.emplace_back(keys.data() + position, end - position);
        }
        for (std::size_t i = 0; i < safe.size(); ++i) {
            Entry& entry = entries_[safe[i]];
            // Not the expected shape (a separator lost or gained): never guess.
            if (pieces.size() != safe.size() || pieces[i].size() > kMaxKeyLength) {
                entry.unsafe = true;
                continue;
            }
            std::copy(pieces[i].begin(), pieces[i].end(), entry.key);
            entry.length = static_cast<unsigned char>(pieces[i].size());
        }
    }

    const icu::Normalizer2* nfkc_ = nullptr;
    bool available_ = true;
    std::unordered_map<char16_t, std::vector<std::u16string>> phrases_; // while loading
    std::vector<std::vector<std::u16string>> phraseLists_;
    std::unordered_map<char16_t, std::uint16_t> phraseListOf_;
    std::array<Entry, 0x10000> entries_{};
    std::array<std::atomic<bool>, kBlocks> blockReady_{};
    std::mutex buildMutex_;
};

} // namespace

std::u16string fastKey(std::u16string_view text) {
    std::u16string key;
    appendFastKey(text, key);
    return key;
}

std::optional<char16_t> fastKeyFirstUnit(std::u16string_view text) {
    return CharacterKeys::instance().firstKeyUnit(text);
}

void appendFastKey(std::u16string_view text, std::u16string& out) {
    if (!CharacterKeys::instance().append(text, out)) out += normalizeKey(text);
}

void prepareTextServices() {
    CharacterKeys::instance().buildCommonBlocks();
    (void)detail::mayHaveTraditionalCharacters(u"體");
}

} // namespace huibao
