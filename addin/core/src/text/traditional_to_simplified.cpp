#include "traditional_to_simplified.hpp"

#include <unicode/translit.h>
#include <unicode/uniset.h>

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace huibao::detail {
namespace {

class SharedTransliterator {
public:
    static SharedTransliterator& instance() {
        // Thread-safe initialisation (C++11); never destroyed, as a warm-up
        // thread may still be using it at exit.
        static SharedTransliterator& shared = *new SharedTransliterator;
        return shared;
    }

    bool mayChange(std::u16string_view text) const {
        if (!transliterator_) return false;
        // Exactly the characters the rules can change: most simplified text
        // has none, and then the (slow) rule matching is skipped entirely.
        const auto length = static_cast<int32_t>(text.size());
        return source_.span(text.data(), length, USET_SPAN_NOT_CONTAINED) < length;
    }

    void apply(icu::UnicodeString& text) {
        if (!transliterator_) return;
        std::lock_guard<std::mutex> lock(mutex_);
        // Sheets repeat the same few words (enum values, unit names) on
        // every row; a small memo saves the transliterator's rule matching.
        const bool memoisable = text.length() <= kMaxMemoLength;
        std::u16string key;
        if (memoisable) {
            key.assign(text.getBuffer(), static_cast<std::size_t>(text.length()));
            if (auto hit = memo_.find(key); hit != memo_.end()) {
                text.setTo(hit->second.data(), static_cast<int32_t>(hit->second.size()));
                return;
            }
        }
        transliterator_->transliterate(text);
        if (memoisable) {
            if (memo_.size() >= kMaxMemoEntries) memo_.clear();
            memo_.emplace(std::move(key), std::u16string(text.getBuffer(), static_cast<std::size_t>(text.length())));
        }
    }

private:
    static constexpr int32_t kMaxMemoLength = 64;
    static constexpr std::size_t kMaxMemoEntries = 8192;

    SharedTransliterator() {
        UErrorCode status = U_ZERO_ERROR;
        transliterator_.reset(
            icu::Transliterator::createInstance(icu::UnicodeString(u"Traditional-Simplified"), UTRANS_FORWARD, status));
        if (U_FAILURE(status)) {
            // Without ICU data there is nothing to convert with; text then
            // compares as written rather than failing every call.
            transliterator_.reset();
            return;
        }
        transliterator_->getSourceSet(source_);
        if (source_.isEmpty()) source_.add(0, 0x10FFFF); // unknown: let every text through
        source_.freeze();
    }

    std::unique_ptr<icu::Transliterator> transliterator_;
    icu::UnicodeSet source_;
    std::mutex mutex_;
    std::unordered_map<std::u16string, std::u16string> memo_;
};

} // namespace

bool mayHaveTraditionalCharacters(std::u16string_view text) {
    return SharedTransliterator::instance().mayChange(text);
}

void toSimplified(icu::UnicodeString& text) {
    SharedTransliterator::instance().apply(text);
}

} // namespace huibao::detail
