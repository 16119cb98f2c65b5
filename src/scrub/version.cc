namespace deskbench {
const char* Version() { return DESKBENCH_VERSION; }
}  // namespace deskbench
