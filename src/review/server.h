#pragma once
// The review page's web server: loopback only, one random token per run required on every
// request, the Host header checked (no DNS rebinding), stopped by the page or when idle.

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>

#include "scrub/config.h"

namespace deskbench::review {

struct ServeOptions {
  std::filesystem::path bundle;
  Config config;  // as task scrub resolves it (--config, ./deskbench.toml, the defaults)
  unsigned jobs = 1;
  std::chrono::seconds idle_timeout{30 * 60};
  // Called once the server listens, with the page's URL (token included).
  std::function<void(const std::string& url)> on_ready;
};

// Scrubs the bundle with its saved decisions, then serves the page until it says done or the
// idle timeout passes. Throws UsageError for a bundle that cannot be reviewed.
void ServeReview(const ServeOptions& options);

}  // namespace deskbench::review
