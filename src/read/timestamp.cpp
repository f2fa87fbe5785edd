#include "redhare/timestamp.h"

#include "redhare/period.h"

namespace redhare {

namespace {

// Reads between min and max digits at text[*i]; false when fewer than min.
bool digits(std::string_view text, size_t* i, int min, int max, int* out) {
  int v = 0, n = 0;
  while (n < max && *i < text.size() && text[*i] >= '0' && text[*i] <= '9') {
    v = v * 10 + (text[*i] - '0');
    ++*i;
    ++n;
  }
  *out = v;
  return n >= min;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Checks the fields and returns seconds since 1970-01-01 00:00 on the same clock.
bool civil(int y, int mo, int d, int h, int mi, int s, Time* out) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 2000 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  if (d > kDays[mo - 1] + (mo == 2 && leap(y) ? 1 : 0)) return false;
  if (h > 23 || mi > 59 || s > 59) return false;  // no leap seconds, no 24:00
  *out = days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 +
         mi * 60 + s;
  return true;
}

// `Z`, `±HH:MM`, `±HHMM` or `±HH` at text[*i] -> seconds east of UTC.
bool zone(std::string_view text, size_t* i, int* offset) {
  if (*i < text.size() && text[*i] == 'Z') {
    ++*i;
    *offset = 0;
    return true;
  }
  if (*i >= text.size() || (text[*i] != '+' && text[*i] != '-')) return false;
  int sign = text[*i] == '-' ? -1 : 1;
  ++*i;
  int hh = 0, mm = 0;
  if (!digits(text, i, 2, 2, &hh)) return false;
  if (*i < text.size() && text[*i] == ':') ++*i;
  if (*i < text.size() && text[*i] >= '0' && text[*i] <= '9' && !digits(text, i, 2, 2, &mm)) return false;
  if (hh > 14 || mm > 59) return false;
  *offset = sign * (hh * 3600 + mm * 60);
  return true;
}

bool all_digits(std::string_view t) {
  for (char c : t)
    if (c < '0' || c > '9') return false;
  return !t.empty();
}

}  // namespace

bool parse_time(std::string_view text, int utc_offset_s, Time* out) {
  if (all_digits(text) && (text.size() == 10 || text.size() == 13)) {
    int64_t v = 0;
    for (char c : text) v = v * 10 + (c - '0');
    if (text.size() == 13) v /= 1000;
    Time local = v + utc_offset_s;
    // The same year range as written dates.
    if (local < days_from_civil(2000, 1, 1) * 86400 || local >= days_from_civil(2101, 1, 1) * 86400)
      return false;
    *out = local;
    return true;
  }
  size_t i = 0;
  int y, mo, d, h, mi, s = 0;
  if (!digits(text, &i, 4, 4, &y) || i >= text.size()) return false;
  char sep = text[i];
  if (sep != '-' && sep != '/') return false;
  ++i;
  if (!digits(text, &i, 1, 2, &mo) || i >= text.size() || text[i] != sep) return false;
  ++i;
  if (!digits(text, &i, 1, 2, &d) || i >= text.size()) return false;
  bool iso_t = text[i] == 'T';
  if (text[i] != ' ' && !iso_t) return false;
  ++i;
  if (!digits(text, &i, 1, 2, &h) || i >= text.size() || text[i] != ':') return false;
  ++i;
  if (!digits(text, &i, 2, 2, &mi)) return false;
  if (i < text.size() && text[i] == ':') {
    ++i;
    if (!digits(text, &i, 2, 2, &s)) return false;
    if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
      ++i;
      int frac;
      if (!digits(text, &i, 1, 9, &frac)) return false;  // truncated: resolution is one second
    }
  }
  Time t;
  if (!civil(y, mo, d, h, mi, s, &t)) return false;
  if (i < text.size()) {
    int offset;
    if (!zone(text, &i, &offset) || i != text.size()) return false;
    t = t - offset + utc_offset_s;
  }
  *out = t;
  return true;
}

namespace {

// "Jan".."Dec" / "Mon".."Sun" (ASCII, case-insensitive, full names accepted).
bool name_of(std::string_view text, size_t* i, const char* const* names, int count, int* out) {
  for (int k = 0; k < count; ++k) {
    std::string_view n = names[k];
    if (text.size() - *i < 3) return false;
    bool eq = true;
    for (size_t j = 0; j < 3 && eq; ++j) eq = (text[*i + j] | 0x20) == (n[j] | 0x20);
    if (!eq) continue;
    *i += 3;
    while (*i < text.size() && ((text[*i] | 0x20) >= 'a' && (text[*i] | 0x20) <= 'z')) ++*i;
    *out = k;
    return true;
  }
  return false;
}

}  // namespace

bool parse_time_format(std::string_view text, std::string_view format, int utc_offset_s, Time* out) {
  static constexpr const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                            "jul", "aug", "sep", "oct", "nov", "dec"};
  static constexpr const char* kWeekdays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  int y = -1, mo = 1, d = 1, h = 0, mi = 0, s = 0, offset = 0, ignored;
  bool zoned = false, pm = false, twelve = false;
  size_t i = 0;
  for (size_t f = 0; f < format.size(); ++f) {
    char c = format[f];
    if (c == ' ') {
      while (i < text.size() && text[i] == ' ') ++i;
      continue;
    }
    if (c != '%' || f + 1 == format.size()) {
      if (i >= text.size() || text[i] != c) return false;
      ++i;
      continue;
    }
    bool ok = true;
    switch (format[++f]) {
      case 'Y': ok = digits(text, &i, 4, 4, &y); break;
      case 'y':
        ok = digits(text, &i, 2, 2, &y);
        y += 2000;
        break;
      case 'm': ok = digits(text, &i, 1, 2, &mo); break;
      case 'e':
        while (i < text.size() && text[i] == ' ') ++i;
        [[fallthrough]];
      case 'd': ok = digits(text, &i, 1, 2, &d); break;
      case 'I': twelve = true; [[fallthrough]];
      case 'H': ok = digits(text, &i, 1, 2, &h); break;
      case 'M': ok = digits(text, &i, 2, 2, &mi); break;
      case 'S': ok = digits(text, &i, 2, 2, &s); break;
      case 'p':
        ok = i + 2 <= text.size() && (text[i + 1] | 0x20) == 'm' &&
             ((text[i] | 0x20) == 'a' || (text[i] | 0x20) == 'p');
        if (ok) pm = (text[i] | 0x20) == 'p', i += 2;
        break;
      case 'b':
        ok = name_of(text, &i, kMonths, 12, &mo);
        ++mo;
        break;
      case 'a': ok = name_of(text, &i, kWeekdays, 7, &ignored); break;
      case 'z':
        ok = zone(text, &i, &offset);
        zoned = true;
        break;
      case '%':
        ok = i < text.size() && text[i] == '%';
        ++i;
        break;
      default: return false;
    }
    if (!ok) return false;
  }
  if (i != text.size() || y < 0) return false;
  if (twelve) {
    if (h < 1 || h > 12) return false;
    h = h % 12 + (pm ? 12 : 0);
  }
  Time t;
  if (!civil(y, mo, d, h, mi, s, &t)) return false;
  *out = zoned ? t - offset + utc_offset_s : t;
  return true;
}

}  // namespace redhare
