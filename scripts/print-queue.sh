#!/usr/bin/env bash
# Start CUPS and add the PDF print queue "CounterPDF" (cups-pdf) the print tests send jobs to.
# Needs the test system packages (scripts/system-packages.sh test); does nothing twice.
set -euo pipefail
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if ! command -v cupsd >/dev/null 2>&1; then
    echo "CUPS is not installed: run scripts/system-packages.sh test" >&2
    exit 2
fi
# Machines without systemd do not start cupsd at install; start it ourselves.
pgrep -x cupsd >/dev/null 2>&1 || $sudo cupsd
for _ in $(seq 1 40); do
    lpstat -r >/dev/null 2>&1 && break
    sleep 0.25
done
if ! lpstat -p CounterPDF >/dev/null 2>&1; then
    ppd=$(ls /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd /usr/share/ppd/cups-pdf/*.ppd 2>/dev/null | head -1)
    $sudo lpadmin -p CounterPDF -v cups-pdf:/ -P "$ppd" -E 2>/dev/null
fi
lpstat -p CounterPDF
