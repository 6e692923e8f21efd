"""Kolada's data API on this machine, for bench/kolada.sh: every key figure has a value for every
area and year asked for (made up, stable), paged with per_page and next_url as Kolada does."""
import json
import sys
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


class Kolada(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlparse(self.path)
        parts = url.path.strip("/").split("/")
        # v3/data/kpi/{kpi}/municipality/{areas}/year/{years}
        if len(parts) != 8 or parts[:3] != ["v3", "data", "kpi"]:
            self.send_error(404)
            return
        kpi, areas, years = parts[3], parts[5].split(","), parts[7].split(",")
        query = parse_qs(url.query)
        page = int(query.get("page", ["1"])[0])
        per_page = int(query.get("per_page", ["5000"])[0])
        rows = [
            {
                "kpi": kpi,
                "municipality": area,
                "period": int(year),
                "values": [
                    {"gender": "T", "count": 1, "status": "", "isdeleted": False,
                     "value": zlib.crc32(f"{kpi}{area}{year}".encode()) % 1000 / 10},
                ],
            }
            for area in areas
            for year in years
        ]
        chunk = rows[(page - 1) * per_page: page * per_page]
        more = page * per_page < len(rows)
        body = {
            "count": len(rows),
            "next_url": f"https://api.kolada.se{url.path}?page={page + 1}&per_page={per_page}" if more else None,
            "values": chunk,
        }
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Kolada).serve_forever()
