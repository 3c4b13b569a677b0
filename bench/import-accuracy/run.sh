#!/bin/sh
# Imports every labelled document, builds the imported library and prints per-field accuracy
# (development and held-out parts apart). Usage: bench/import-accuracy/run.sh [--detail] [--shared DIR]
set -e
cd "$(dirname "$0")/../.."
exec dotnet run --project bench/import-accuracy/ImportAccuracy.csproj -c Release -- "$@"
