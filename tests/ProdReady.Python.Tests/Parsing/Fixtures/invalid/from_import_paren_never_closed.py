from x import (a
